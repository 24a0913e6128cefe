/** One dashboard chart's data as an Excel workbook: the numbers behind the picture, with the sample size and the aggregation rule. */
import ExcelJS from 'exceljs';
import type { Dashboard } from './dashboard.js';

export const DASHBOARD_CHARTS = {
  applications: '申请数量',
  outcomes: '办理结果构成',
  review: '行政复议和行政诉讼',
  ranking: '单位排名',
} as const;

export type DashboardChart = keyof typeof DASHBOARD_CHARTS;

export function dashboardWorkbook(d: Dashboard, chart: DashboardChart): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const sheet = workbook.addWorksheet(DASHBOARD_CHARTS[chart]);
  const title = sheet.addRow([`${d.region.name} ${DASHBOARD_CHARTS[chart]}（${d.years[0]}—${d.years[d.years.length - 1]} 年度）`]);
  title.font = { bold: true, size: 13 };
  sheet.addRow([`汇总口径：${d.modeLabel}。${d.modeAssumption}`]);
  sheet.addRow([]);
  const header = (cells: string[]) => (sheet.addRow(cells).font = { bold: true });
  if (chart === 'applications') {
    header(['年度', '报告数（样本）', '本年新收申请', '上年结转', '本年办结（总计）', '结转下年度']);
    for (const p of d.series) sheet.addRow([p.year, p.reports, p.received, p.carriedOver, p.processed, p.carriedForward]);
  } else if (chart === 'outcomes') {
    const labels = d.series[0]?.outcomes.map((o) => o.label) ?? [];
    header(['年度', '报告数（样本）', ...labels]);
    for (const p of d.series) sheet.addRow([p.year, p.reports, ...p.outcomes.map((o) => o.count)]);
  } else if (chart === 'review') {
    header(['年度', '报告数（样本）', '行政复议·维持', '行政复议·纠正', '行政复议·其他', '行政复议·尚未审结', '行政复议·总计', '行政诉讼·直接起诉', '行政诉讼·复议后起诉', '行政诉讼·结果纠正']);
    for (const p of d.series) sheet.addRow([p.year, p.reports, p.review.upheld, p.review.corrected, p.review.other, p.review.pending, p.review.total, p.litigation.direct, p.litigation.afterReview, p.litigation.corrected]);
  } else {
    sheet.addRow([`${d.ranking.year} 年度，按“${d.ranking.metricName}”排名；样本：${d.ranking.sampleSize} 份报告`]);
    header(['名次', '单位', '类别', d.ranking.metricName]);
    for (const r of d.ranking.rows) sheet.addRow([r.rank, r.unitName, r.kind, r.value]);
  }
  for (const w of d.warnings) sheet.addRow([`注意：${w}`]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 14 : 18));
  if (chart === 'ranking') sheet.getColumn(2).width = 34;
  return workbook;
}
