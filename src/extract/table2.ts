/** Table 2: proactive disclosure under article 20 (10 cells in 2021, 22 in 2019). */
import type { CellGroup, Finding, Location, TableValues } from '../model/report.js';
import { roundMoney, toMoneyUnit } from '../text/numbers.js';
import { table2RowsFor, type Table2Row } from '../templates/table2.js';
import { collectItems, type Item, type RowMatcher } from './align.js';
import { extractionFinding } from './context.js';
import { fitValues } from './fit.js';
import type { Line, ValueCell } from './lines.js';

export interface Table2Reading {
  values: TableValues;
  locations: Map<string, Location>;
  findings: Finding[];
}

export function readTable2(lines: readonly Line[], template: '2019' | '2021'): Table2Reading | null {
  const rows = table2RowsFor(template);
  const matcher: RowMatcher = {
    match: (norm) => rows.filter((row) => row.pattern.test(norm)).map((row) => row.key),
    expected: (key) => (key === null ? 1 : rows.find((r) => r.key === key)!.columns.length),
  };
  const items = collectItems(lines, matcher);
  const byKey = new Map<string, Item>();
  for (const item of items) if (item.key !== null && !byKey.has(item.key)) byKey.set(item.key, item);
  if (byKey.size === 0) return null;

  const values: TableValues = {};
  const locations = new Map<string, Location>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const group: CellGroup = {};
    values[row.key] = group;
    const item = byKey.get(row.key);
    const fit = item ? fitValues(item.values, row.columns.length, item.line.tableRow) : null;
    row.columns.forEach((column, i) => {
      const cell = fit?.ok ? fit.cells[i]! : null;
      group[column.key] = cell ? cellValue(cell, column.money) : null;
      if (cell) locations.set(`table2.${row.key}.${column.key}`, cell.loc);
    });
    if (!item) {
      findings.push(missing(row, 'not-found'));
    } else if (!fit!.ok) {
      findings.push(missing(row, 'count', item));
    }
  }
  return { values, locations, findings };
}

function cellValue(cell: ValueCell, money: '万元' | '元' | undefined): number | null {
  if (cell.value === null) return null;
  if (money) return roundMoney(toMoneyUnit(cell.value, cell.unit, money));
  return cell.value;
}

function missing(row: Table2Row, why: 'not-found' | 'count', item?: Item): Finding {
  const cells = row.columns.map((c) => `table2.${row.key}.${c.key}`);
  const message =
    why === 'not-found'
      ? `表二${row.item}「${row.label}」一行在原文中没有找到，该行各格记为空（null）。`
      : `表二${row.item}「${row.label}」一行读到 ${item!.values.length} 个单元格，应为 ${row.columns.length} 个，该行各格记为空（null），请核对原文。`;
  return extractionFinding(why === 'not-found' ? 'extract/row-missing' : 'extract/row-unreadable', 'warning', message, cells, item?.line.loc);
}
