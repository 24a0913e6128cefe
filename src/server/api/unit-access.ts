/** Loads a unit by the :id path parameter and checks the user may see it. */
import type { Context } from 'hono';
import { getUnit } from '../../store/units.js';
import type { UnitRow } from '../../store/schema.js';
import { assertUnit } from '../auth/access.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';
import { idParam } from './params.js';

export async function visibleUnit(c: Context<AppEnv>): Promise<UnitRow & { regionPath: string | null; regionName: string | null }> {
  const { corpus } = c.var.deps;
  const unit = await getUnit(corpus.store.db, idParam(c));
  if (!unit) throw new ApiError('unit-not-found');
  const region = corpus.regions.get(unit.region_id);
  const withRegion = { ...unit, regionPath: region?.path ?? null, regionName: region?.full_name ?? null };
  assertUnit(c, { id: unit.id, regionPath: withRegion.regionPath });
  return withRegion;
}
