/** How a user names a stored report on the command line: its id, a sha256 prefix, or 单位名@年份. */
import { findReportsBySha, getReportRow, primaryReport } from '../store/reports.js';
import type { ReportRow } from '../store/schema.js';
import type { Corpus } from './context.js';
import { normalizeAgency } from './units/normalize.js';

export class ReportNotFound extends Error {}

export async function findReport(corpus: Corpus, ref: string): Promise<ReportRow> {
  const db = corpus.store.db;
  const text = ref.trim();
  if (/^#?\d{1,9}$/.test(text)) {
    const row = await getReportRow(db, Number(text.replace('#', '')));
    if (row) return row;
  }
  if (/^[0-9a-f]{6,64}$/i.test(text)) {
    const rows = await findReportsBySha(db, text);
    if (rows.length === 1) return rows[0]!;
    if (rows.length > 1) throw new ReportNotFound(`“${text}”对应多份报告，请多写几位 sha256。`);
  }
  const m = /^(.+?)[@:：](\d{4})$/.exec(text);
  if (m) {
    const match = corpus.matcher.match(normalizeAgency(m[1]!), { autoCreate: false });
    if (match.unitId !== null) {
      const row = await primaryReport(db, match.unitId, Number(m[2]));
      if (row) return row;
      throw new ReportNotFound(`单位“${corpus.matcher.unit(match.unitId)?.name}”没有 ${m[2]} 年度的报告。`);
    }
    throw new ReportNotFound(`没有找到单位“${m[1]}”。`);
  }
  throw new ReportNotFound(`没有找到报告“${text}”。可以用 gongkai reports 列出的 sha256 前几位、报告编号，或“单位名@年份”（如 洪泽区人民政府@2024）。`);
}
