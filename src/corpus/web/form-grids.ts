/**
 * A report's tables laid out like the official form (render/grid.ts), as data for the page: each
 * value cell carries its cell path and value, so findings can be marked on the cell they concern.
 */
import type { Report, TemplateId } from '../../model/report.js';
import { legacyGrid, tableGrid, type Grid } from '../../render/grid.js';

export interface FormCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  header?: boolean;
  /** Value cells: the cell path (table3.granted.naturalPerson) and the value (null: not found in the document). */
  path?: string;
  value?: number | null;
}

export type FormTableKey = 'table2' | 'table3' | 'table4' | 'legacy';

export interface FormTable {
  key: FormTableKey;
  title: string;
  rows: FormCell[][];
}

export const TABLE_TITLES: Record<FormTableKey, string> = {
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
  legacy: '政府信息公开工作情况统计表',
};

/** Value cells are printed through this marker so the path survives the grid builders (which only hand out text). */
const MARK = '\u0000';
const formatValue = (value: number | null, path: string): string => `${MARK}${path}${MARK}${value === null ? '' : String(value)}`;

export function formGrids(report: Pick<Report, 'tables' | 'meta'>): FormTable[] {
  const template: TemplateId = report.meta.template ?? '2021';
  const out: FormTable[] = [];
  for (const key of ['table2', 'table3', 'table4'] as const) {
    const values = report.tables[key];
    if (values) out.push({ key, title: TABLE_TITLES[key], rows: toCells(tableGrid(key, values, template, { formatValue })) });
  }
  if (report.tables.legacy) out.push({ key: 'legacy', title: TABLE_TITLES.legacy, rows: toCells(legacyGrid(report.tables.legacy, { formatValue })) });
  return out;
}

function toCells(grid: Grid): FormCell[][] {
  return grid.map((row) =>
    row.map((cell) => {
      const out: FormCell = { text: cell.text };
      if ((cell.rowSpan ?? 1) > 1) out.rowSpan = cell.rowSpan!;
      if ((cell.colSpan ?? 1) > 1) out.colSpan = cell.colSpan!;
      if (cell.header) out.header = true;
      if (cell.value && cell.text.startsWith(MARK)) {
        const [, path, text] = cell.text.split(MARK);
        out.path = path!;
        out.text = text!;
        out.value = text === '' ? null : Number(text);
      }
      return out;
    }),
  );
}
