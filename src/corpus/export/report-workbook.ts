/** One report as an Excel workbook: tables 2–4 laid out like the official form, and its findings. */
import ExcelJS from 'exceljs';
import type { Report } from '../../model/report.js';
import { findingsOf } from '../../store/findings.js';
import type { ReportRow } from '../../store/schema.js';
import type { Corpus } from '../context.js';
import { addFindingsSheet } from './findings-sheet.js';
import { addLegacy, addTable2, addTable3, addTable4 } from './form-sheets.js';

export async function reportWorkbook(corpus: Corpus, row: ReportRow): Promise<ExcelJS.Workbook> {
  const report = JSON.parse(row.report_json) as Report;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const unit = row.unit_id === null ? null : corpus.matcher.unit(row.unit_id);
  const info = workbook.addWorksheet('报告');
  info.columns = [{ width: 14 }, { width: 70 }];
  for (const [k, v] of [
    ['单位', unit?.name ?? '（未匹配）'],
    ['发布机关', report.meta.agency ?? ''],
    ['年度', report.meta.year ?? ''],
    ['发布日期', report.meta.publishDate ?? ''],
    ['格式', report.meta.template ? `${report.meta.template} 年版` : ''],
    ['原文件', row.file],
    ['sha256', row.sha256],
    ['读取程序', row.parser_version],
  ] as const)
    info.addRow([k, v]);
  if (report.tables.table2) addTable2(workbook, report);
  if (report.tables.table3) addTable3(workbook, report);
  if (report.tables.table4) addTable4(workbook, report);
  if (report.tables.legacy) addLegacy(workbook, report);
  addFindingsSheet(workbook, await findingsOf(corpus.store.db, row.id), false);
  return workbook;
}
