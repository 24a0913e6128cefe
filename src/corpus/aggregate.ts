/**
 * Sums of tables 2–4 over a region's units for one year, rankings and the outcome mix. Which units
 * are summed is an explicit, configurable rule (domain.md §3.7): whether a government's report covers
 * its whole jurisdiction or only its own office is not fixed nationally, so summing everything may
 * count the same applications twice.
 */
import type { Kysely } from 'kysely';
import { cellByUnit, reportCount, sumCells, type AggregateScope } from '../store/aggregate-query.js';
import type { Database, RegionRow, UnitKind } from '../store/schema.js';
import { cellName } from '../templates/labels.js';
import { compareCellPaths } from './cell-order.js';
import type { Corpus } from './context.js';
import { lineageSettings } from './deadlines.js';

export const AGGREGATION_MODES = {
  'all-units': { kinds: ['government', 'department', 'township'], label: '全部单位', assumption: '假定各级政府的报告只统计本机关（不含所属部门和下级政府）；若政府报告已汇总全辖区，会重复计数' },
  'departments-only': { kinds: ['department', 'township'], label: '只计部门和乡镇（街道）', assumption: '假定政府的报告汇总了全辖区，故不计政府报告，只加总各部门和乡镇（街道）' },
  'governments-only': { kinds: ['government'], label: '只计政府', assumption: '假定各级政府的报告已汇总全辖区，只加总政府报告' },
} as const satisfies Record<string, { kinds: readonly UnitKind[]; label: string; assumption: string }>;

export type AggregationMode = keyof typeof AGGREGATION_MODES;
export const MODE_KEY = 'aggregate.mode';
export const DEFAULT_MODE: AggregationMode = 'all-units';
export const isMode = (x: string): x is AggregationMode => x in AGGREGATION_MODES;

export const DEFAULT_RANK_PATH = 'table3.received.total';

const OUTCOMES: { label: string; pattern: RegExp }[] = [
  { label: '予以公开', pattern: /^table3\.granted\.total$/ },
  { label: '部分公开', pattern: /^table3\.partiallyGranted\.total$/ },
  { label: '不予公开', pattern: /^table3\.denied\w+\.total$/ },
  { label: '无法提供', pattern: /^table3\.unavailable\w+\.total$/ },
  { label: '不予处理', pattern: /^table3\.notProcessed\w+\.total$/ },
  { label: '其他处理', pattern: /^table3\.(?:other(?:NoCorrection|UnpaidFee|Other)|otherHandling)\.total$/ },
];

export interface Aggregate {
  region: RegionRow;
  year: number;
  mode: AggregationMode;
  modeSource: string;
  /** Reports summed (the sample size). */
  reports: number;
  cells: { path: string; name: string; sum: number; n: number }[];
  ranking: { path: string; name: string; rows: { rank: number; unitName: string; kind: string; value: number }[] };
  outcomes: { label: string; count: number; share: number | null }[];
  /** Governments whose own numbers look like a whole jurisdiction's (a hint to change the mode). */
  warnings: string[];
}

export async function aggregate(corpus: Corpus, region: RegionRow, year: number, options: { mode?: AggregationMode; rankPath?: string; rankLimit?: number } = {}): Promise<Aggregate> {
  const db = corpus.store.db;
  const { mode, source } = options.mode ? { mode: options.mode, source: '命令行指定' } : await configuredMode(db, corpus, region);
  const scope: AggregateScope = { regionPath: region.path, year, kinds: AGGREGATION_MODES[mode].kinds };
  const sums = await sumCells(db, scope);
  const cells = sums.map((s) => ({ ...s, name: cellName(s.path) })).sort((a, b) => compareCellPaths(a.path, b.path));
  const rankPath = options.rankPath ?? DEFAULT_RANK_PATH;
  const top = await cellByUnit(db, scope, rankPath, options.rankLimit ?? 20);
  let rank = 0;
  let previous: number | null = null;
  const rows = top.map((r, i) => {
    if (r.value !== previous) rank = i + 1;
    previous = r.value;
    return { rank, unitName: r.unitName, kind: r.kind, value: r.value };
  });
  const total = sums.find((s) => s.path === 'table3.total.total')?.sum ?? null;
  const outcomes = OUTCOMES.map((o) => {
    const count = sums.filter((s) => o.pattern.test(s.path)).reduce((acc, s) => acc + s.sum, 0);
    return { label: o.label, count, share: total ? count / total : null };
  });
  return {
    region,
    year,
    mode,
    modeSource: source,
    reports: await reportCount(db, scope),
    cells,
    ranking: { path: rankPath, name: cellName(rankPath), rows },
    outcomes,
    warnings: mode === 'all-units' ? await doubleCountHints(db, region, year) : [],
  };
}

async function configuredMode(db: Kysely<Database>, corpus: Corpus, region: RegionRow): Promise<{ mode: AggregationMode; source: string }> {
  const lineage = corpus.regions.lineage(region.id);
  const settings = await lineageSettings(db, lineage);
  for (const r of lineage) {
    const value = settings.get(r.id)?.get(MODE_KEY);
    if (value && isMode(value)) return { mode: value, source: `${r.full_name}设定` };
  }
  return { mode: DEFAULT_MODE, source: '默认' };
}

/** A government whose applications are at least those of its region's departments together probably reports the whole jurisdiction. */
async function doubleCountHints(db: Kysely<Database>, region: RegionRow, year: number): Promise<string[]> {
  const governments = await cellByUnit(db, { regionPath: region.path, year, kinds: ['government'] }, DEFAULT_RANK_PATH, 1000);
  const hints: string[] = [];
  for (const g of governments) {
    const unit = await db.selectFrom('units as u').innerJoin('regions as r', 'r.id', 'u.region_id').select(['r.id', 'r.path']).where('u.id', '=', g.unitId).executeTakeFirst();
    if (!unit) continue;
    const departments = await sumCells(db, { regionPath: unit.path, year, kinds: ['department', 'township'], exactRegionId: unit.id });
    const deptTotal = departments.find((d) => d.path === DEFAULT_RANK_PATH)?.sum ?? 0;
    if (deptTotal > 0 && g.value >= deptTotal) {
      hints.push(`${g.unitName}本年新收申请 ${g.value} 件，不少于本级各部门合计 ${deptTotal} 件，其报告可能已汇总全辖区；如是，请改用 --mode departments-only 或 governments-only，以免重复计数。`);
    }
  }
  return hints;
}
