/** A findings worksheet in a reviewer's words: what is wrong, in which cells (named as the form names them). */
import type ExcelJS from 'exceljs';
import type { FindingRow } from '../../store/schema.js';
import { cellName } from '../../templates/labels.js';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export function addFindingsSheet(workbook: ExcelJS.Workbook, findings: readonly (Pick<FindingRow, 'rule' | 'severity' | 'message' | 'cells_json' | 'origin'> & { unit?: string; year?: number | null })[], withUnit: boolean): void {
  const sheet = workbook.addWorksheet('问题');
  sheet.columns = [
    ...(withUnit ? [{ header: '单位', width: 26 }, { header: '年度', width: 8 }] : []),
    { header: '严重程度', width: 9 },
    { header: '问题', width: 90 },
    { header: '涉及的单元格', width: 50 },
    { header: '检查类别', width: 12 },
    { header: '规则', width: 26 },
  ];
  sheet.getRow(1).font = { bold: true };
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) {
    const cells = f.cells_json ? (JSON.parse(f.cells_json) as string[]).map(cellName).join('；') : '';
    const row = sheet.addRow([...(withUnit ? [f.unit ?? '', f.year ?? ''] : []), SEVERITY[f.severity] ?? f.severity, f.message, cells, f.origin === 'corpus' ? '跨年度/雷同' : '本报告', f.rule]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
