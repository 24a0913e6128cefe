/** A region's year as an Excel workbook: coverage, one row per unit with every cell, the aggregate, and all findings. */
import ExcelJS from 'exceljs';
import { cellsOfReports, reportsInScope } from '../../store/aggregate-query.js';
import { findingsOfReports } from '../../store/findings.js';
import type { RegionRow } from '../../store/schema.js';
import { cellName } from '../../templates/labels.js';
import { AGGREGATION_MODES, aggregate, type AggregationMode } from '../aggregate.js';
import { compareCellPaths } from '../cell-order.js';
import type { Corpus } from '../context.js';
import { coverage, STATUS_LABELS } from '../coverage.js';
import { KIND_LABELS } from '../units/normalize.js';
import { addFindingsSheet } from './findings-sheet.js';

export async function regionWorkbook(corpus: Corpus, region: RegionRow, year: number, mode?: AggregationMode): Promise<ExcelJS.Workbook> {
  const db = corpus.store.db;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';

  const cov = await coverage(corpus, region, year);
  const covSheet = workbook.addWorksheet('公开情况');
  covSheet.columns = [
    { header: '单位', width: 30 },
    { header: '类别', width: 10 },
    { header: '地区', width: 14 },
    { header: '状态', width: 20 },
    { header: '发布日期', width: 12 },
    { header: '期限', width: 12 },
    { header: '逾期天数', width: 9 },
    { header: '错误', width: 6 },
    { header: '警告', width: 6 },
    { header: '原文件', width: 40 },
  ];
  covSheet.getRow(1).font = { bold: true };
  for (const e of cov.entries) {
    covSheet.addRow([e.unitName, KIND_LABELS[e.kind], e.regionName, STATUS_LABELS[e.status], e.publishDate ?? '', e.deadline, e.daysLate ?? '', e.errors, e.warnings, e.file ?? '']);
  }

  const reports = await reportsInScope(db, region.path, year);
  const cells = await cellsOfReports(db, reports.map((r) => r.id));
  const paths = [...new Set(cells.map((c) => c.path))].sort(compareCellPaths);
  const byReport = new Map<number, Map<string, number>>();
  for (const c of cells) byReport.set(c.report_id, (byReport.get(c.report_id) ?? new Map()).set(c.path, c.value));
  const unitSheet = workbook.addWorksheet('各单位数据');
  unitSheet.addRow(['单位', '类别', '地区', ...paths.map(cellName)]).font = { bold: true };
  unitSheet.addRow(['', '', '', ...paths]).font = { italic: true, color: { argb: 'FF888888' } };
  for (const r of reports) unitSheet.addRow([r.unit_name, KIND_LABELS[r.kind], r.region_name, ...paths.map((p) => byReport.get(r.id)?.get(p) ?? null)]);
  unitSheet.getColumn(1).width = 30;
  unitSheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];

  const agg = await aggregate(corpus, region, year, mode ? { mode } : {});
  const aggSheet = workbook.addWorksheet('汇总');
  aggSheet.columns = [{ width: 60 }, { width: 14 }, { width: 12 }];
  aggSheet.addRow([`${region.full_name} ${year} 年度汇总：${AGGREGATION_MODES[agg.mode].label}（${agg.modeSource}），共 ${agg.reports} 份报告`]).font = { bold: true };
  aggSheet.addRow([`口径：${AGGREGATION_MODES[agg.mode].assumption}`]);
  for (const w of agg.warnings) aggSheet.addRow([`注意：${w}`]);
  aggSheet.addRow(['单元格', '合计', '填报单位数']).font = { bold: true };
  for (const c of [...agg.cells].sort((a, b) => compareCellPaths(a.path, b.path))) aggSheet.addRow([c.name, c.sum, c.n]);

  const findings = await findingsOfReports(db, reports.map((r) => r.id));
  const unitOf = new Map(reports.map((r) => [r.id, r]));
  addFindingsSheet(
    workbook,
    findings.map((f) => ({ ...f, unit: unitOf.get(f.report_id)?.unit_name, year: unitOf.get(f.report_id)?.year })),
    true,
  );
  return workbook;
}
