/** Argument helpers shared by the corpus commands: --region and --year, with Chinese messages. */
import type { Corpus } from '../../corpus/context.js';
import { regionArg, RegionNotFound } from '../../corpus/region-arg.js';
import { findReport, ReportNotFound } from '../../corpus/report-ref.js';
import type { RegionRow, ReportRow } from '../../store/schema.js';
import { UserError } from './corpus-db.js';

export function requireRegion(corpus: Corpus, text: string | undefined): RegionRow {
  if (!text) throw new UserError('请用 --region 给出地区（名称如“洪泽区”，或行政区划代码如 320813）。');
  try {
    return regionArg(corpus.regions, text);
  } catch (error) {
    if (error instanceof RegionNotFound) throw new UserError(error.message);
    throw error;
  }
}

export function requireYear(text: string | undefined): number {
  const year = Number(text);
  if (!text || !Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError('请用 --year 给出报告年度（如 --year 2024）。');
  return year;
}

export async function requireReport(corpus: Corpus, ref: string): Promise<ReportRow> {
  try {
    return await findReport(corpus, ref);
  } catch (error) {
    if (error instanceof ReportNotFound) throw new UserError(error.message);
    throw error;
  }
}
