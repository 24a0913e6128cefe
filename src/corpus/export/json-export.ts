/** JSON export of a region's year: coverage, aggregate, and every primary report (the report@1 objects) with its corpus findings. */
import type { Report } from '../../model/report.js';
import { reportsInScope } from '../../store/aggregate-query.js';
import { findingsOfReports } from '../../store/findings.js';
import { reportJsons } from '../../store/reports.js';
import type { RegionRow } from '../../store/schema.js';
import { aggregate, type AggregationMode } from '../aggregate.js';
import type { Corpus } from '../context.js';
import { coverage } from '../coverage.js';

export async function regionJson(corpus: Corpus, region: RegionRow, year: number, mode?: AggregationMode) {
  const db = corpus.store.db;
  const reports = await reportsInScope(db, region.path, year);
  const jsons = await reportJsons(db, reports.map((r) => r.id));
  const findings = await findingsOfReports(db, reports.map((r) => r.id));
  const agg = await aggregate(corpus, region, year, mode ? { mode } : {});
  return {
    schema: 'gongkai/region-year@1',
    region: { id: region.id, name: region.full_name },
    year,
    coverage: (await coverage(corpus, region, year)).entries,
    aggregate: { mode: agg.mode, reports: agg.reports, cells: agg.cells, outcomes: agg.outcomes, ranking: agg.ranking, warnings: agg.warnings },
    reports: reports.map((r) => ({
      unit: { id: r.unit_id, name: r.unit_name, kind: r.kind, region: r.region_name },
      report: JSON.parse(jsons.get(r.id)!) as Report,
      corpusFindings: findings.filter((f) => f.report_id === r.id && f.origin === 'corpus').map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, cells: f.cells_json ? JSON.parse(f.cells_json) : undefined })),
    })),
  };
}
