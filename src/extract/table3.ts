/** Table 3: the applications received and how they were handled (7 columns × 23 or 25 rows). */
import type { CellGroup, Finding, Location, TableValues } from '../model/report.js';
import {
  isSubRowOfSix,
  OTHER_HANDLING_ROW,
  TABLE3_ALL_ROWS,
  TABLE3_COLUMNS,
  table3RowsFor,
  type RowDef,
} from '../templates/table3.js';
import { alignItems, collectItems, type RowMatcher } from './align.js';
import { extractionFinding } from './context.js';
import { fitValues } from './fit.js';
import { memoize } from './memo.js';
import { normalizeLabel } from '../text/normalize.js';
import type { Line, ValueCell } from './lines.js';

const COLUMN_COUNT = TABLE3_COLUMNS.length;

/** Official labels, normalised. */
const OFFICIAL = new Map(TABLE3_ALL_ROWS.map((row) => [row.key, [normalizeLabel(row.label)]]));

/** Cell paths of every row, built once: table3.<row>.<column>. */
const PATHS = new Map(TABLE3_ALL_ROWS.map((row) => [row.key, TABLE3_COLUMNS.map((c) => `table3.${row.key}.${c.key}`)]));
const pathsOf = (key: string): string[] => PATHS.get(key)!;

const matchStrong = memoize((norm) => TABLE3_ALL_ROWS.filter((row) => row.pattern.test(norm)).map((row) => row.key));
const matchWeak = memoize((norm) => TABLE3_ALL_ROWS.filter((row) => row.pattern.test(norm) || row.weakPattern?.test(norm)).map((row) => row.key));

const matcher: RowMatcher = {
  match: (norm, weak) => (weak ? matchWeak(norm) : matchStrong(norm)),
  expected: () => COLUMN_COUNT,
  labels: (key) => OFFICIAL.get(key)!,
  prefer(keys) {
    // "（六）其他处理 | 1.申请人…逾期不补正…" names the group and its first sub-row: the sub-row wins.
    if (keys.includes(OTHER_HANDLING_ROW.key) && keys.some(isSubRowOfSix)) return keys.filter((k) => k !== OTHER_HANDLING_ROW.key);
    return keys;
  },
};

/** Row sum: 总计 equals the six applicant columns (used to choose columns in over-long rows). */
const rowSumHolds = (cells: ValueCell[]): boolean =>
  cells.slice(0, 6).reduce((sum, c) => sum + (c.value ?? 0), 0) === cells[6]!.value;

export interface Table3Reading {
  values: TableValues;
  locations: Map<string, Location>;
  findings: Finding[];
}

export function readTable3(lines: readonly Line[], template: '2019' | '2021'): Table3Reading | null {
  const items = collectItems(lines, matcher);
  const recognised = items.filter((item) => item.key !== null);
  if (recognised.length === 0) return null;
  // The rows the document printed decide the layout of （六）; the template decides the output.
  const printedLayout = recognised.some((item) => isSubRowOfSix(item.key!))
    ? '2021'
    : recognised.some((item) => item.key === OTHER_HANDLING_ROW.key)
      ? '2019'
      : template;
  const rows = table3RowsFor(printedLayout);
  const alignment = alignItems(items, rows.map((row) => row.key));
  const values: TableValues = {};
  const locations = new Map<string, Location>();
  const findings: Finding[] = [];
  const unresolvedKeys = new Set(alignment.unresolved.flatMap((u) => u.keys));

  for (const row of rows) {
    const group: CellGroup = {};
    values[row.key] = group;
    const item = alignment.rows.get(row.key);
    const fit = item ? fitValues(item.values, COLUMN_COUNT, item.line.tableRow, rowSumHolds) : null;
    const paths = pathsOf(row.key);
    for (let i = 0; i < COLUMN_COUNT; i++) {
      const cell = fit?.ok ? fit.cells[i]! : null;
      group[TABLE3_COLUMNS[i]!.key] = cell ? cell.value : null;
      if (cell) locations.set(paths[i]!, cell.loc);
    }
    if (item && fit && !fit.ok) {
      findings.push(
        extractionFinding(
          'extract/row-unreadable',
          'warning',
          `表三「${row.ref} ${shortLabel(row)}」一行读到 ${item.values.length} 个单元格，与表格的 7 列对不上，该行各格记为空（null），请核对原文。`,
          pathsOf(row.key),
          item.line.loc,
        ),
      );
    }
  }
  for (const group of alignment.unresolved) {
    const labels = group.keys.map((k) => rows.find((r) => r.key === k)!).map((r) => `「${r.ref} ${shortLabel(r)}」`);
    const why =
      group.reason === 'missing'
        ? '在原文中没有找到'
        : `原文此处有 ${group.items.length} 行无标签的数字，与缺少的 ${group.keys.length} 行对不上`;
    findings.push(
      extractionFinding(
        'extract/row-missing',
        'warning',
        `表三${labels.join('、')}${why}，这些格记为空（null），请核对原文。`,
        group.keys.flatMap(pathsOf),
        group.items[0]?.line.loc,
      ),
    );
  }
  for (const item of alignment.outOfOrder) {
    const row = rows.find((r) => r.key === item.key);
    if (row && !unresolvedKeys.has(row.key)) {
      findings.push(
        extractionFinding('extract/row-out-of-order', 'info', `表三「${row.ref} ${shortLabel(row)}」在原文中出现的位置与表格行序不符，已按行序采用其他位置的数字。`, [], item.line.loc),
      );
    }
  }
  adaptSixToTemplate(values, locations, findings, printedLayout, template);
  return { values, locations, findings };
}

/** Printing （六） as one row in a 2021 report (or three rows in a 2019 one) is turned into the template's rows. */
function adaptSixToTemplate(
  values: TableValues,
  locations: Map<string, Location>,
  findings: Finding[],
  printed: '2019' | '2021',
  template: '2019' | '2021',
): void {
  if (printed === template) return;
  const subRows = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'];
  if (printed === '2019') {
    const single = values.otherHandling!;
    const allZero = TABLE3_COLUMNS.every((c) => single[c.key] === 0);
    for (const key of subRows) {
      values[key] = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, allZero ? 0 : null]));
      if (allZero) for (const c of TABLE3_COLUMNS) copyLocation(locations, `table3.otherHandling.${c.key}`, `table3.${key}.${c.key}`);
    }
    if (allZero) {
      delete values.otherHandling;
      for (const c of TABLE3_COLUMNS) locations.delete(`table3.otherHandling.${c.key}`);
    } else {
      findings.push(
        extractionFinding(
          'extract/six-single-row',
          'warning',
          '表三「（六）其他处理」按 2019 年格式只印了一行，无法拆分为 2021 年格式的三个子项，三个子项记为空（null），合计保留在 otherHandling。',
          subRows.flatMap(pathsOf),
        ),
      );
    }
    reorder(values, template);
    return;
  }
  const sum: CellGroup = {};
  for (const c of TABLE3_COLUMNS) {
    const parts = subRows.map((k) => values[k]?.[c.key] ?? null);
    sum[c.key] = parts.some((p) => p === null) ? null : parts.reduce((a, b) => a! + b!, 0);
  }
  values.otherHandling = sum;
  for (const k of subRows) delete values[k];
  reorder(values, template);
}

function copyLocation(locations: Map<string, Location>, from: string, to: string): void {
  const loc = locations.get(from);
  if (loc) locations.set(to, loc);
}

function reorder(values: TableValues, template: '2019' | '2021'): void {
  const entries = Object.entries(values);
  const order = table3RowsFor(template).map((r) => r.key);
  for (const key of Object.keys(values)) delete values[key];
  for (const key of order) {
    const found = entries.find(([k]) => k === key);
    if (found) values[key] = found[1];
  }
  for (const [k, v] of entries) if (!(k in values)) values[k] = v;
}

function shortLabel(row: RowDef): string {
  return row.label.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七]）|^\d+\./, '').replace(/（区分处理的.*$/, '');
}
