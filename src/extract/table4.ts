/** Table 4: administrative review and litigation, one row of 15 cells (3 groups × 5 results). */
import type { Finding, Location, TableValues } from '../model/report.js';
import { TABLE4_GROUPS, TABLE4_HEADER_WORDS, TABLE4_RESULTS } from '../templates/table4.js';
import { extractionFinding } from './context.js';
import { fitValues } from './fit.js';
import type { Line, ValueCell } from './lines.js';

const CELLS = TABLE4_GROUPS.length * TABLE4_RESULTS.length;
const GROUP_LABEL = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|\(?未经复议直接起诉\)?|行政诉讼\(?(?:未经复议直接起诉|复议后起诉)\)?)$/;

export interface Table4Reading {
  values: TableValues;
  locations: Map<string, Location>;
  findings: Finding[];
}

/**
 * The data row is the numbers of the region that carry no foreign label: one row of 15, three rows
 * of 5 (one per group, in the form's order) or 15 cells printed one per line.
 */
export function readTable4(lines: readonly Line[]): Table4Reading | null {
  let runs = lines.filter((line) => line.hasNumbers && (line.norm === '' || TABLE4_HEADER_WORDS.test(line.norm) || GROUP_LABEL.test(line.norm)));
  let allBlank = false;
  if (runs.length === 0) {
    // Zeros printed blank (a common way to fill the form): the data row is a row of 15 empty cells.
    runs = lines.filter((line) => line.tableRow && line.norm === '' && line.values.length >= CELLS && line.values.every((v) => v.kind === 'blank'));
    allBlank = runs.length > 0;
    if (!allBlank) return null;
    runs = runs.slice(-1);
  }
  let cells: ValueCell[] | null = null;
  const whole = runs.find((line) => fitValues(line.values, CELLS, line.tableRow).ok);
  if (runs.length === 1 || whole) {
    const line = whole ?? runs[0]!;
    const fit = fitValues(line.values, CELLS, line.tableRow);
    if (fit.ok) cells = fit.cells;
  } else {
    const parts = runs.map((line) => fitValues(line.values, TABLE4_RESULTS.length, line.tableRow));
    if (parts.length === TABLE4_GROUPS.length && parts.every((p) => p.ok)) cells = parts.flatMap((p) => (p.ok ? p.cells : []));
    else {
      const joined = runs.flatMap((line) => line.values.filter((v) => v.kind !== 'text'));
      if (joined.length === CELLS) cells = joined;
    }
  }
  const values: TableValues = {};
  const locations = new Map<string, Location>();
  TABLE4_GROUPS.forEach((group, g) => {
    values[group.key] = {};
    TABLE4_RESULTS.forEach((result, r) => {
      const cell = cells?.[g * TABLE4_RESULTS.length + r] ?? null;
      values[group.key]![result.key] = cell ? cell.value : null;
      if (cell) locations.set(`table4.${group.key}.${result.key}`, cell.loc);
    });
  });
  const findings: Finding[] = [];
  if (cells && allBlank) {
    findings.push(extractionFinding('extract/blank-table', 'info', '表四的数据行全部留空，按 0 计；如实际有行政复议或行政诉讼，请核对原文。', [], runs[0]!.loc));
  }
  if (!cells) {
    const count = runs.reduce((n, line) => n + line.values.length, 0);
    findings.push(
      extractionFinding(
        'extract/row-unreadable',
        'warning',
        `表四读到 ${count} 个数字，与表格的 15 格（行政复议、未经复议直接起诉、复议后起诉各 5 格）对不上，表四各格记为空（null），请核对原文。`,
        TABLE4_GROUPS.flatMap((g) => TABLE4_RESULTS.map((r) => `table4.${g.key}.${r.key}`)),
        runs[0]!.loc,
      ),
    );
  }
  return { values, locations, findings };
}
