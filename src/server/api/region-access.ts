/** Loads a region by the :id path parameter and checks the user may see it (administrators; reviewers within their subtree). */
import type { Context } from 'hono';
import type { RegionRow } from '../../store/schema.js';
import { yearsInRegion } from '../../store/web-reports.js';
import { webDb } from '../../store/web-schema.js';
import { assertRegion } from '../auth/access.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';
import { queryYear, textParam } from './params.js';

export function visibleRegion(c: Context<AppEnv>): RegionRow {
  const region = c.var.deps.corpus.regions.get(textParam(c, 'id'));
  if (!region) throw new ApiError('region-not-found');
  assertRegion(c, region);
  return region;
}

/** from/to from the query, else the last five years the region has reports for (at most 12 years). */
export async function yearRange(c: Context<AppEnv>, region: RegionRow, defaultSpan = 5): Promise<number[]> {
  const from = queryYear(c, 'from');
  const to = queryYear(c, 'to');
  const known = await yearsInRegion(webDb(c.var.deps.corpus.store.db), region.path);
  const last = to ?? known[known.length - 1] ?? c.var.deps.clock().getFullYear() - 1;
  const first = from ?? Math.max(known[0] ?? last, last - defaultSpan + 1);
  if (first > last) throw new ApiError('invalid-parameter', '起始年度不能晚于截止年度。');
  if (last - first >= 12) throw new ApiError('invalid-parameter', '一次最多查看 12 个年度。');
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
