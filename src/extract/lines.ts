/**
 * One pass over a document's blocks that gives every extractor the same unit: a line with a
 * label and the value cells after it — a table row, a line of text with its numbers at the end,
 * or a run of one-number-per-line cells (web pages copied as text).
 */
import type { Block, SourceDocument, TableCell } from '../model/document.js';
import type { Location } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell, type CellReading } from '../text/numbers.js';

export interface ValueCell {
  kind: 'number' | 'blank' | 'text';
  /** Numeric value; 0 for a blank or placeholder cell; null for text. */
  value: number | null;
  raw: string;
  unit?: string;
  annotation?: string;
  loc: Location;
}

export interface Line {
  index: number;
  /** The line as printed (table rows: cell texts joined by " | "). */
  text: string;
  /** Text before the values (several label cells joined by a space). */
  label: string;
  /** normalizeLabel(label). */
  norm: string;
  values: ValueCell[];
  /** Whether any value cell is a number. */
  hasNumbers: boolean;
  /** Values come from real cells, so a blank value is a printed blank (not a lost field). */
  tableRow: boolean;
  headingLevel?: number;
  loc: Location;
}

const PAGE_NUMBER = /^[-—–－‒]\s*\d{1,3}\s*[-—–－‒]$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/;

/** Page furniture printed by PDF tools: "-1-", "— 3 —", "第 2 页". A bare "3" is kept (it may be a cell). */
export function isPageNumber(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  // Only lines starting with a dash, 第 or a digit can be page numbers (cheap test on the hot path).
  if (!(first === 0x2d || first === 0x7b2c || (first >= 0x30 && first <= 0x39) || (first >= 0x2010 && first <= 0x2015) || first === 0xff0d)) return false;
  return PAGE_NUMBER.test(text.trim());
}

export function buildLines(doc: SourceDocument, traditional: boolean): Line[] {
  const lines: Line[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') for (const row of block.rows) pushRow(lines, row, block);
    else pushText(lines, block, traditional);
  }
  const norms = normalizeLabels(lines.map((l) => l.label), traditional);
  lines.forEach((line, i) => (line.norm = norms[i]!));
  return lines;
}

/**
 * Normalises many labels in one call: NFKC and script conversion cost little per character but a
 * lot per call, so the labels are joined, normalised once and split again.
 */
export function normalizeLabels(labels: readonly string[], traditional: boolean): string[] {
  const SEPARATOR = '\u0001';
  return normalizeLabel(labels.join(SEPARATOR), traditional).split(SEPARATOR);
}

function pushText(lines: Line[], block: Extract<Block, { kind: 'text' }>, traditional: boolean): void {
  const text = block.text;
  if (text.trim() === '' || isPageNumber(text)) return;
  const { label, values } = splitTrailingNumbers(text, block.loc);
  const hasNumbers = values.some((v) => v.kind === 'number');
  const prev = lines[lines.length - 1];
  // A run of number-only lines is one row printed one cell per line.
  if (label === '' && hasNumbers && prev && prev.label === '' && prev.hasNumbers && !prev.tableRow && prev.headingLevel === undefined) {
    prev.values.push(...values);
    prev.text += '\n' + text;
    return;
  }
  const line: Line = {
    index: lines.length,
    text,
    label,
    norm: '',
    values,
    hasNumbers,
    tableRow: false,
    loc: block.loc,
  };
  if (block.headingLevel !== undefined) line.headingLevel = block.headingLevel;
  lines.push(line);
}

/** Characters a number field can end with: a digit, a unit, a closing bracket, a placeholder dash or slash. */
const NUMBER_TAIL = /[\d元件条个次人篇项期场份户家)）\-—–－―/\\无]$/;

/**
 * Splits "label 1 0 0 3" into the label and the numbers at the end of the line, scanning
 * whitespace-separated fields from the end (prose lines stop at their last field).
 */
export function splitTrailingNumbers(text: string, loc: Location): { label: string; values: ValueCell[] } {
  const trimmed = text.trimEnd();
  if (!NUMBER_TAIL.test(trimmed)) return { label: text.trim(), values: [] };
  const fields: { text: string; start: number; reading: CellReading }[] = [];
  let end = trimmed.length;
  let numbers = 0;
  let labelEnd = 0;
  while (end > 0) {
    let start = end;
    while (start > 0 && !isSpace(trimmed.charCodeAt(start - 1))) start--;
    const field = trimmed.slice(start, end);
    const reading = readCell(field);
    if (reading.kind === 'text') {
      labelEnd = end;
      break;
    }
    if (reading.kind === 'number') numbers++;
    fields.push({ text: field, start, reading });
    end = start;
    while (end > 0 && isSpace(trimmed.charCodeAt(end - 1))) end--;
  }
  if (numbers === 0) return { label: text.trim(), values: [] };
  const values: ValueCell[] = [];
  for (let i = fields.length - 1; i >= 0; i--) {
    const field = fields[i]!;
    values.push(valueCell(field.text, { ...loc, column: (loc.column ?? 1) + field.start }, field.reading));
  }
  return { label: trimmed.slice(0, labelEnd).trim(), values };
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

function valueCell(raw: string, loc: Location, reading: CellReading = readCell(raw)): ValueCell {
  if (reading.kind === 'number') {
    const cell: ValueCell = { kind: 'number', value: reading.value, raw, loc };
    if (reading.unit) cell.unit = reading.unit;
    if (reading.annotation) cell.annotation = reading.annotation;
    return cell;
  }
  if (reading.kind === 'blank') return { kind: 'blank', value: 0, raw, loc };
  return { kind: 'text', value: null, raw, loc };
}

function pushRow(lines: Line[], cells: TableCell[], block: Extract<Block, { kind: 'table' }>): void {
  if (cells.length === 0) return;
  const readings: CellReading[] = new Array(cells.length);
  let firstNumber = -1;
  let lastLabel = -1;
  for (let i = 0; i < cells.length; i++) {
    const reading = readCell(cells[i]!.text);
    readings[i] = reading;
    if (reading.kind === 'number') {
      if (firstNumber === -1) firstNumber = i;
    } else if (reading.kind === 'text' && firstNumber === -1) lastLabel = i;
  }
  // The label is every text cell before the first number; values are the cells after the last label cell.
  let label = '';
  for (let i = 0; i <= lastLabel; i++) {
    if (readings[i]!.kind !== 'text') continue;
    label += (label === '' ? '' : ' ') + cells[i]!.text.trim();
  }
  const values: ValueCell[] = [];
  for (let i = lastLabel + 1; i < cells.length; i++) values.push(valueCell(cells[i]!.text, cells[i]!.loc, readings[i]));
  lines.push(new RowLine(lines.length, cells, label, values, firstNumber !== -1, cells[0]?.loc ?? block.loc));
}

/** A table row as a line; its printed text (cells joined) is only built when something asks for it. */
class RowLine implements Line {
  norm = '';
  readonly tableRow = true;
  private printed: string | undefined;
  constructor(
    public index: number,
    private readonly cells: TableCell[],
    public label: string,
    public values: ValueCell[],
    public hasNumbers: boolean,
    public loc: Location,
  ) {}

  get text(): string {
    return (this.printed ??= this.cells.map((c) => c.text.trim()).join(' | '));
  }
}
