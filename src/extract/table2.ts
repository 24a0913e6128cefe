/** Table 2: proactive disclosure under article 20 (10 cells in 2021, 22 in 2019). */
import type { CellGroup, Finding, Location, TableValues } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';
import { roundMoney, toMoneyUnit } from '../text/numbers.js';
import { table2RowsFor, type Table2Row } from '../templates/table2.js';
import { collectItems, type Item, type RowMatcher } from './align.js';
import { extractionFinding } from './context.js';
import { fitValues } from './fit.js';
import { memoize } from './memo.js';
import type { Line, ValueCell } from './lines.js';

export interface Table2Reading {
  values: TableValues;
  locations: Map<string, Location>;
  findings: Finding[];
}

function matcherFor(template: '2019' | '2021'): RowMatcher {
  const rows = table2RowsFor(template);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const labels = new Map(rows.map((row) => [row.key, [row.label, ...(row.aliases ?? [])].map((label) => normalizeLabel(label))]));
  return {
    match: memoize((norm) => rows.filter((row) => row.pattern.test(norm)).map((row) => row.key)),
    expected: (key) => (key === null ? 1 : byKey.get(key)!.columns.length),
    labels: (key) => labels.get(key)!,
  };
}

const MATCHERS = { '2019': matcherFor('2019'), '2021': matcherFor('2021') };

export function readTable2(lines: readonly Line[], template: '2019' | '2021'): Table2Reading | null {
  const rows = table2RowsFor(template);
  const matcher = MATCHERS[template];
  const items = collectItems(lines, matcher);
  const byKey = new Map<string, Item>();
  for (const item of items) if (item.key !== null && !byKey.has(item.key)) byKey.set(item.key, item);
  if (byKey.size === 0) return null;

  const values: TableValues = {};
  const locations = new Map<string, Location>();
  const findings: Finding[] = [];
  const repaired = repairLostCells(rows, byKey, annotatedStrays(lines));
  for (const row of rows) {
    const group: CellGroup = {};
    values[row.key] = group;
    const item = byKey.get(row.key);
    const inferred = repaired.get(row.key);
    const fit = inferred ? { ok: true as const, cells: inferred.cells } : item ? fitValues(item.values, row.columns.length, item.line.tableRow) : null;
    if (inferred) findings.push(inferredFinding(row, inferred, item!));
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

/** A number printed apart from its row with a note, as broken PDF conversions pull multi-line cells out: 55（含自然失效29件）. */
interface Stray {
  cell: ValueCell;
  note: string;
  column: 'issued' | 'repealed' | 'inForce' | null;
}

const NOTE = /^[（(](.+)[)）]$/;

function annotatedStrays(lines: readonly Line[]): Stray[] {
  const strays: Stray[] = [];
  lines.forEach((line, i) => {
    if (line.tableRow || line.label !== '' || line.values.length !== 1 || line.values[0]!.kind !== 'number') return;
    const cell = line.values[0]!;
    const next = lines[i + 1];
    const note = cell.annotation ?? (next && !next.hasNumbers ? NOTE.exec(next.text.trim())?.[1] : undefined);
    if (!note) return;
    const column = /失效|废止|废除|撤销/.test(note) ? 'repealed' : /修订|修改|制定|制发|新增|出台/.test(note) ? 'issued' : /现行|有效/.test(note) ? 'inForce' : null;
    strays.push({ cell, note, column });
  });
  return strays;
}

/**
 * Rows of 第二十条第（一）项 that lost one of their three cells, completed from annotated numbers
 * printed apart from the table — only when there is one such number per damaged row, each note
 * names its column, and every row comes out complete. The cell that is still missing then is the
 * one printed blank: 本年废止件数 (a blank 现行有效件数 beside documents issued this year is not plausible).
 */
interface Repair {
  cells: ValueCell[];
  note: string;
  /** One cell is still missing and counted as printed blank. */
  blank: boolean;
}

function repairLostCells(rows: readonly Table2Row[], items: Map<string, Item>, strays: Stray[]): Map<string, Repair> {
  const out = new Map<string, Repair>();
  const damaged = rows.filter((row) => {
    const item = items.get(row.key);
    return row.columns.length === 3 && row.columns[0]!.key === 'issued' && item && item.values.filter((v) => v.kind === 'number').length === 2;
  });
  if (damaged.length === 0 || strays.length !== damaged.length || strays.some((s) => s.column === null)) return out;
  damaged.forEach((row, i) => {
    const stray = strays[i]!;
    const present = items.get(row.key)!.values.filter((v) => v.kind === 'number');
    const keys = row.columns.map((c) => c.key);
    const cells: (ValueCell | null)[] = [null, null, null];
    const at = keys.indexOf(stray.column!);
    const same = present.findIndex((v) => v.value === stray.cell.value);
    if (same >= 0) {
      // The row kept the pulled-out cell's number: it anchors that column; the other number is 现行有效件数 unless it is that column.
      cells[at] = present[same]!;
      const other = present[1 - same]!;
      cells[at === 2 ? 0 : 2] = other;
    } else {
      cells[at] = stray.cell;
      let k = 0;
      for (let c = 0; c < 3; c++) if (cells[c] === null) cells[c] = present[k++] ?? null;
    }
    const blank = { kind: 'blank' as const, value: 0, raw: '', loc: present[0]!.loc };
    out.set(row.key, { cells: cells.map((c) => c ?? blank), note: stray.note, blank: cells.includes(null) });
  });
  return out;
}

function inferredFinding(row: Table2Row, repair: Repair, item: Item): Finding {
  return extractionFinding(
    'extract/cell-inferred',
    'warning',
    `表二${row.item}「${row.label}」一行原文只剩 2 个数字，已结合表外带注释的数字（${repair.note}）推定三格${repair.blank ? '，其中“本年废止件数”一格视为空白（0）' : ''}，请核对原文。`,
    row.columns.map((c) => `table2.${row.key}.${c.key}`),
    item.line.loc,
  );
}
