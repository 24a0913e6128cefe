/** Tables 2, 3 and 4 of one report as worksheets in the official form's row and column layout. */
import type ExcelJS from 'exceljs';
import type { Report } from '../../model/report.js';
import { cellValue } from '../../rules/engine.js';
import { table2RowsFor } from '../../templates/table2.js';
import { TABLE3_COLUMNS, table3RowsFor } from '../../templates/table3.js';
import { TABLE4_GROUPS, TABLE4_RESULTS } from '../../templates/table4.js';

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

function boxed(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: c === 1 || (c === 2 && typeof cell.value === 'string') ? 'left' : 'center', wrapText: true };
    }
  }
}

const value = (report: Pick<Report, 'tables'>, path: string): number | null => cellValue(report, path);

export function addTable2(workbook: ExcelJS.Workbook, report: Pick<Report, 'tables' | 'meta'>): void {
  const sheet = workbook.addWorksheet('表二 主动公开');
  const template = report.meta.template === '2019' ? '2019' : '2021';
  sheet.columns = [{ width: 28 }, { width: 18 }, { width: 18 }, { width: 18 }];
  sheet.addRow(['二、主动公开政府信息情况']).font = { bold: true };
  let item = '';
  for (const row of table2RowsFor(template)) {
    if (row.item !== item) {
      item = row.item;
      const head = sheet.addRow([item]);
      sheet.mergeCells(head.number, 1, head.number, 4);
      head.font = { bold: true };
      const labels = sheet.addRow(['信息内容', ...row.columns.map((c) => c.label)]);
      labels.font = { bold: true };
      boxed(sheet, head.number, labels.number, 4);
    }
    const r = sheet.addRow([row.label, ...row.columns.map((c) => value(report, `table2.${row.key}.${c.key}`))]);
    boxed(sheet, r.number, r.number, 4);
  }
}

export function addTable3(workbook: ExcelJS.Workbook, report: Pick<Report, 'tables' | 'meta'>): void {
  const sheet = workbook.addWorksheet('表三 依申请公开');
  const template = report.meta.template === '2019' ? '2019' : '2021';
  sheet.columns = [{ width: 18 }, { width: 36 }, ...TABLE3_COLUMNS.map(() => ({ width: 11 }))];
  sheet.addRow(['三、收到和处理政府信息公开申请情况']).font = { bold: true };
  const h1 = sheet.addRow(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '申请人情况']);
  const h2 = sheet.addRow(['', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
  const h3 = sheet.addRow(['', '', '', ...TABLE3_COLUMNS.slice(1, 6).map((c) => c.label), '']);
  sheet.mergeCells(h1.number, 1, h3.number, 2);
  sheet.mergeCells(h1.number, 3, h1.number, 9);
  sheet.mergeCells(h2.number, 3, h3.number, 3);
  sheet.mergeCells(h2.number, 4, h2.number, 8);
  sheet.mergeCells(h2.number, 9, h3.number, 9);
  for (const r of [h1, h2, h3]) r.font = { bold: true };
  boxed(sheet, h1.number, h3.number, 9);
  const rows = table3RowsFor(template);
  const resultsStart = sheet.rowCount + 1 + rows.findIndex((r) => r.key === 'granted');
  for (const row of rows) {
    const outcome = row.outcome || row.key === 'total';
    const label = row.group ? `${row.group} ${row.label}` : row.label;
    const r = sheet.addRow([outcome ? '三、本年度办理结果' : label, outcome ? label : '', ...TABLE3_COLUMNS.map((c) => value(report, `table3.${row.key}.${c.key}`))]);
    if (!outcome) sheet.mergeCells(r.number, 1, r.number, 2);
    boxed(sheet, r.number, r.number, 9);
  }
  const resultsEnd = resultsStart + rows.filter((r) => r.outcome || r.key === 'total').length - 1;
  sheet.mergeCells(resultsStart, 1, resultsEnd, 1);
}

export function addTable4(workbook: ExcelJS.Workbook, report: Pick<Report, 'tables'>): void {
  const sheet = workbook.addWorksheet('表四 复议诉讼');
  sheet.columns = Array.from({ length: 15 }, () => ({ width: 10 }));
  sheet.addRow(['四、政府信息公开行政复议、行政诉讼情况']).font = { bold: true };
  const h1 = sheet.addRow(['行政复议', '', '', '', '', '行政诉讼']);
  const h2 = sheet.addRow(['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉']);
  const h3 = sheet.addRow(TABLE4_GROUPS.flatMap(() => TABLE4_RESULTS.map((r) => r.label)));
  sheet.mergeCells(h1.number, 1, h2.number, 5);
  sheet.mergeCells(h1.number, 6, h1.number, 15);
  sheet.mergeCells(h2.number, 6, h2.number, 10);
  sheet.mergeCells(h2.number, 11, h2.number, 15);
  for (const r of [h1, h2, h3]) r.font = { bold: true };
  const data = sheet.addRow(TABLE4_GROUPS.flatMap((g) => TABLE4_RESULTS.map((r) => value(report, `table4.${g.key}.${r.key}`))));
  boxed(sheet, h1.number, data.number, 15);
  for (let c = 1; c <= 15; c++) sheet.getCell(data.number, c).alignment = { horizontal: 'center' };
}

export function addLegacy(workbook: ExcelJS.Workbook, report: Pick<Report, 'tables'>): void {
  const sheet = workbook.addWorksheet('统计表');
  sheet.columns = [{ header: '统计指标', width: 60 }, { header: '统计数', width: 14 }];
  sheet.getRow(1).font = { bold: true };
  for (const [key, v] of Object.entries(report.tables.legacy ?? {})) sheet.addRow([key, v]);
}
