/**
 * The dashboard's numbers for a region over a range of years: applications received and how they
 * were handled, the outcome mix, review and litigation, and units ranked — each series with the
 * number of reports behind it, since a total over three reports reads differently from one over three hundred.
 */
import type { RegionRow } from '../../store/schema.js';
import { cellName } from '../../templates/labels.js';
import { AGGREGATION_MODES, aggregate, type AggregationMode } from '../aggregate.js';
import type { Corpus } from '../context.js';

export const RANK_METRICS = ['table3.received.total', 'table3.granted.total', 'table3.total.total', 'table4.review.total', 'table4.litigationDirect.total'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

export interface YearPoint {
  year: number;
  /** Reports summed (the sample size). */
  reports: number;
  received: number;
  carriedOver: number;
  processed: number;
  carriedForward: number;
  outcomes: { label: string; count: number }[];
  review: { upheld: number; corrected: number; other: number; pending: number; total: number };
  litigation: { direct: number; afterReview: number; corrected: number };
}

export interface Dashboard {
  region: { id: string; name: string };
  years: number[];
  mode: AggregationMode;
  modeLabel: string;
  modeAssumption: string;
  series: YearPoint[];
  ranking: { year: number; metric: RankMetric; metricName: string; sampleSize: number; rows: { rank: number; unitName: string; kind: string; value: number }[] };
  warnings: string[];
}

export async function dashboard(corpus: Corpus, region: RegionRow, years: readonly number[], options: { mode?: AggregationMode; rankMetric?: RankMetric; rankLimit?: number } = {}): Promise<Dashboard> {
  const series: YearPoint[] = [];
  let mode: AggregationMode = options.mode ?? 'all-units';
  let warnings: string[] = [];
  const metric = options.rankMetric ?? 'table3.received.total';
  let ranking: Dashboard['ranking'] = { year: years[years.length - 1] ?? 0, metric, metricName: cellName(metric), sampleSize: 0, rows: [] };
  for (const [i, year] of years.entries()) {
    const last = i === years.length - 1;
    const agg = await aggregate(corpus, region, year, { ...(options.mode ? { mode: options.mode } : {}), rankPath: metric, rankLimit: last ? (options.rankLimit ?? 15) : 1 });
    mode = agg.mode;
    const sum = (path: string): number => agg.cells.find((c) => c.path === path)?.sum ?? 0;
    series.push({
      year,
      reports: agg.reports,
      received: sum('table3.received.total'),
      carriedOver: sum('table3.carriedOver.total'),
      processed: sum('table3.total.total'),
      carriedForward: sum('table3.carriedForward.total'),
      outcomes: agg.outcomes.map((o) => ({ label: o.label, count: o.count })),
      review: {
        upheld: sum('table4.review.upheld'),
        corrected: sum('table4.review.corrected'),
        other: sum('table4.review.other'),
        pending: sum('table4.review.pending'),
        total: sum('table4.review.total'),
      },
      litigation: {
        direct: sum('table4.litigationDirect.total'),
        afterReview: sum('table4.litigationAfterReview.total'),
        corrected: sum('table4.litigationDirect.corrected') + sum('table4.litigationAfterReview.corrected'),
      },
    });
    if (last) {
      ranking = { year, metric, metricName: agg.ranking.name, sampleSize: agg.reports, rows: agg.ranking.rows };
      // The hint speaks to the command line; here the choice is the page's 汇总口径 list.
      warnings = agg.warnings.map((w) => w.replace(/请改用 --mode departments-only 或 governments-only/, '请把汇总口径改为“只计部门和乡镇（街道）”或“只计政府”'));
    }
  }
  return {
    region: { id: region.id, name: region.full_name },
    years: [...years],
    mode,
    modeLabel: AGGREGATION_MODES[mode].label,
    modeAssumption: AGGREGATION_MODES[mode].assumption,
    series,
    ranking,
    warnings,
  };
}
