/**
 * The official layout of tables 2, 3, 4 and the legacy table as grids of cells with spans,
 * filled with a report's values. Every renderer prints these grids its own way.
 */
import type { CellValue, TableValues, TemplateId } from '../model/report.js';
import { LEGACY_BLOCKS, LEGACY_INDICATORS } from '../templates/legacy.js';
import { legacyKeyFor } from '../templates/legacy-keys.js';
import { table2RowsFor } from '../templates/table2.js';
import { TABLE3_COLUMNS, table3RowsFor } from '../templates/table3.js';
import { TABLE4_GROUPS, TABLE4_RESULTS } from '../templates/table4.js';

export interface GridCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  header?: boolean;
  /** A column header (not a row label): the cells real documents break into fragments. */
  columnHeader?: boolean;
  /** The cell holds a value (so renderers may print zeros blank, align it right…). */
  value?: boolean;
}

export type Grid = GridCell[][];

export interface GridOptions {
  /** How a number is printed (default: as is). */
  formatValue?: (value: CellValue, path: string) => string;
}

const h = (text: string, rowSpan = 1, colSpan = 1): GridCell => ({ text, rowSpan, colSpan, header: true });
const ch = (text: string, rowSpan = 1, colSpan = 1): GridCell => ({ ...h(text, rowSpan, colSpan), columnHeader: true });
const show = (options: GridOptions, value: CellValue | undefined, path: string): string =>
  options.formatValue ? options.formatValue(value ?? null, path) : value === null || value === undefined ? '' : String(value);

/** Value columns of table 2 share three grid columns: 1 → [3], 2 → [1, 2], 3 → [1, 1, 1]. */
const spanOf = (columns: number, index: number): number => (columns === 1 ? 3 : columns === 2 ? (index === 0 ? 1 : 2) : 1);

/** Table 2: one block per article-20 item, each with its own header row. 4 columns. */
export function table2Grid(values: TableValues, template: '2019' | '2021', options: GridOptions = {}): Grid {
  const rows = table2RowsFor(template);
  const grid: Grid = [];
  let item = '';
  for (const row of rows) {
    if (row.item !== item) {
      item = row.item;
      grid.push([h(item, 1, 4)]);
      grid.push([ch('信息内容'), ...row.columns.map((c, i) => ch(c.label, 1, spanOf(row.columns.length, i)))]);
    }
    grid.push([
      h(row.label),
      ...row.columns.map((c, i) => ({
        text: show(options, values[row.key]?.[c.key], `table2.${row.key}.${c.key}`),
        colSpan: spanOf(row.columns.length, i),
        value: true,
      })),
    ]);
  }
  return grid;
}

export const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table 3: three header rows, three label columns (with rowspan group labels), seven value columns. */
export function table3Grid(values: TableValues, template: '2019' | '2021', options: GridOptions = {}): Grid {
  const rows = table3RowsFor(template);
  const grid: Grid = [
    [ch(TABLE3_CORNER, 3, 3), ch('申请人情况', 1, 7)],
    [ch('自然人', 2), ch('法人或其他组织', 1, 5), ch('总计', 2)],
    TABLE3_COLUMNS.slice(1, 6).map((c) => ch(c.label)),
  ];
  const outcomeRows = rows.filter((r) => r.outcome).length + 1; // + （七）总计
  const groupSize = new Map<string, number>();
  for (const row of rows) if (row.group) groupSize.set(row.group, (groupSize.get(row.group) ?? 0) + 1);
  let firstOutcome = true;
  let currentGroup: string | undefined;
  for (const row of rows) {
    const cells: GridCell[] = [];
    const inOutcomes = row.outcome || row.key === 'total';
    if (!inOutcomes) cells.push(h(row.label, 1, 3));
    else {
      if (firstOutcome) {
        cells.push(h('三、本年度办理结果', outcomeRows));
        firstOutcome = false;
      }
      if (row.group) {
        if (row.group !== currentGroup) cells.push(h(row.group, groupSize.get(row.group)!));
        cells.push(h(row.label));
      } else cells.push(h(row.label, 1, 2));
    }
    currentGroup = row.group;
    for (const column of TABLE3_COLUMNS) {
      cells.push({ text: show(options, values[row.key]?.[column.key], `table3.${row.key}.${column.key}`), value: true });
    }
    grid.push(cells);
  }
  return grid;
}

/** Table 4: 行政复议 (5) and 行政诉讼 (2 × 5) over three header rows and one value row. */
export function table4Grid(values: TableValues, options: GridOptions = {}): Grid {
  const results = TABLE4_RESULTS.map((r) => r.label);
  return [
    [ch('行政复议', 1, 5), ch('行政诉讼', 1, 10)],
    [...results.map((r) => ch(r, 2)), ch('未经复议直接起诉', 1, 5), ch('复议后起诉', 1, 5)],
    [...results.map((r) => ch(r)), ...results.map((r) => ch(r))],
    TABLE4_GROUPS.flatMap((g) =>
      TABLE4_RESULTS.map((r) => ({ text: show(options, values[g.key]?.[r.key], `table4.${g.key}.${r.key}`), value: true })),
    ),
  ];
}

/** The legacy statistical table: 统计指标 | 单位 | 统计数, blocks in order, indicators with their notes. */
export function legacyGrid(values: Record<string, CellValue>, options: GridOptions = {}): Grid {
  const grid: Grid = [[ch('统 计 指 标'), ch('单位'), ch('统计数')]];
  for (const block of LEGACY_BLOCKS) {
    const own = LEGACY_INDICATORS.find((i) => i.block === block.number && !i.pattern);
    if (own) {
      const key = legacyKeyFor(own.id);
      if (key in values) grid.push([h(block.label), h(own.unit), { text: show(options, values[key], `legacy.${key}`), value: true }]);
      else grid.push([h(block.label), h(''), h('')]);
    } else grid.push([h(block.label), h(''), h('')]);
    for (const indicator of LEGACY_INDICATORS) {
      if (indicator.block !== block.number || !indicator.pattern) continue;
      const key = legacyKeyFor(indicator.id);
      if (!(key in values)) continue;
      grid.push([h(indicator.label + (indicator.note ?? '')), h(indicator.unit), { text: show(options, values[key], `legacy.${key}`), value: true }]);
    }
  }
  return grid;
}

export function tableGrid(table: 'table2' | 'table3' | 'table4', values: TableValues, template: TemplateId, options: GridOptions = {}): Grid {
  const form = template === '2019' ? '2019' : '2021';
  if (table === 'table2') return table2Grid(values, form, options);
  if (table === 'table3') return table3Grid(values, form, options);
  return table4Grid(values, options);
}

/** A grid as rows of cells in print order, with the slots covered by spans marked (for flat renderings). */
export interface Slot {
  cell: GridCell;
  /** 'own' where the cell starts; 'row' below a rowspan; 'col' right of a colspan. */
  kind: 'own' | 'row' | 'col';
}

export function slots(grid: Grid): Slot[][] {
  const out: Slot[][] = [];
  const covered: (Slot | undefined)[][] = [];
  grid.forEach((row, r) => {
    out[r] ??= [];
    covered[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (covered[r]![c]) {
        out[r]![c] = covered[r]![c]!;
        c++;
      }
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const slot: Slot = { cell, kind: dr === 0 && dc === 0 ? 'own' : dr === 0 ? 'col' : 'row' };
          if (dr === 0) out[r]![c + dc] = slot;
          else {
            covered[r + dr] ??= [];
            covered[r + dr]![c + dc] = slot;
          }
        }
      }
      c += cs;
    }
    while (covered[r]![c]) {
      out[r]![c] = covered[r]![c]!;
      c++;
    }
  });
  return out;
}
