/** Coverage of a region and year: every unit with published / late / missing and whether its report has errors. */
import { coverageRows, corpusFindingCounts } from '../store/coverage-query.js';
import type { RegionRow, UnitKind } from '../store/schema.js';
import type { Corpus } from './context.js';
import { deadlineFor, lineageSettings } from './deadlines.js';

export type CoverageStatus = 'on-time' | 'late' | 'undated' | 'missing';

export const STATUS_LABELS: Record<CoverageStatus, string> = { 'on-time': '按时公开', late: '逾期公开', undated: '已公开（发布日期不详）', missing: '未公开' };

export interface CoverageEntry {
  unitId: number;
  unitName: string;
  kind: UnitKind;
  regionName: string;
  status: CoverageStatus;
  publishDate: string | null;
  deadline: string;
  deadlineSource: string;
  /** Days after the deadline (late only). */
  daysLate: number | null;
  reportId: number | null;
  sha256: string | null;
  file: string | null;
  errors: number;
  warnings: number;
}

export interface Coverage {
  region: RegionRow;
  year: number;
  entries: CoverageEntry[];
  totals: Record<CoverageStatus, number> & { units: number; withErrors: number };
}

export async function coverage(corpus: Corpus, region: RegionRow, year: number, search?: string): Promise<Coverage> {
  const db = corpus.store.db;
  // Region by region; in each, the government first, then departments, then townships.
  const rank = { government: 0, department: 1, township: 2 } as Record<string, number>;
  const rows = (await coverageRows(db, region.path, year, search)).sort(
    (a, b) => a.region_path.localeCompare(b.region_path) || (rank[a.kind] ?? 3) - (rank[b.kind] ?? 3) || a.unit_name.localeCompare(b.unit_name, 'zh'),
  );
  const extra = await corpusFindingCounts(db, rows.flatMap((r) => (r.report_id === null ? [] : [r.report_id])));
  const settingsCache = new Map<string, Awaited<ReturnType<typeof lineageSettings>>>();
  const entries: CoverageEntry[] = [];
  for (const row of rows) {
    const lineage = corpus.regions.lineage(row.region_id);
    let settings = settingsCache.get(row.region_id);
    if (!settings) settingsCache.set(row.region_id, (settings = await lineageSettings(db, lineage)));
    const kind = row.kind as UnitKind;
    const deadline = deadlineFor(kind, lineage, settings, year);
    const status: CoverageStatus = row.report_id === null ? 'missing' : !row.publish_date ? 'undated' : row.publish_date > deadline.date ? 'late' : 'on-time';
    const more = row.report_id === null ? undefined : extra.get(row.report_id);
    entries.push({
      unitId: row.unit_id,
      unitName: row.unit_name,
      kind,
      regionName: row.region_name,
      status,
      publishDate: row.publish_date,
      deadline: deadline.date,
      deadlineSource: deadline.source,
      daysLate: status === 'late' ? Math.round((Date.parse(row.publish_date!) - Date.parse(deadline.date)) / 86_400_000) : null,
      reportId: row.report_id,
      sha256: row.sha256,
      file: row.file,
      errors: (row.errors ?? 0) + (more?.errors ?? 0),
      warnings: (row.warnings ?? 0) + (more?.warnings ?? 0),
    });
  }
  const totals = { 'on-time': 0, late: 0, undated: 0, missing: 0, units: entries.length, withErrors: 0 };
  for (const e of entries) {
    totals[e.status]++;
    if (e.errors > 0) totals.withErrors++;
  }
  return { region, year, entries, totals };
}
