/**
 * One pass over a document's blocks that gives every extractor the same unit: a line with a
 * label and the value cells after it — a table row, a line of text with its numbers at the end,
 * or a run of one-number-per-line cells (web pages copied as text).
 */
import type { Block, SourceDocument, TableCell } from '../model/document.js';
import type { Location } from '../model/report.js';
import { normalizeLabel } from '../text/normalize.js';
import { readCell } from '../text/numbers.js';

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
  return PAGE_NUMBER.test(text.trim());
}

export function buildLines(doc: SourceDocument, traditional: boolean): Line[] {
  const lines: Line[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') for (const row of block.rows) pushRow(lines, row, traditional, block);
    else pushText(lines, block, traditional);
  }
  return lines;
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
    norm: normalizeLabel(label, traditional),
    values,
    hasNumbers,
    tableRow: false,
    loc: block.loc,
  };
  if (block.headingLevel !== undefined) line.headingLevel = block.headingLevel;
  lines.push(line);
}

/** Splits "label 1 0 0 3" into the label and the numbers at the end of the line. */
export function splitTrailingNumbers(text: string, loc: Location): { label: string; values: ValueCell[] } {
  const fields: { text: string; start: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) fields.push({ text: m[0], start: m.index });
  let first = fields.length;
  let numbers = 0;
  while (first > 0) {
    const reading = readCell(fields[first - 1]!.text);
    if (reading.kind === 'text') break;
    if (reading.kind === 'number') numbers++;
    first--;
  }
  if (numbers === 0) return { label: text.trim(), values: [] };
  const values: ValueCell[] = [];
  for (let i = first; i < fields.length; i++) {
    const field = fields[i]!;
    const column = (loc.column ?? 1) + field.start;
    values.push(valueCell(field.text, { ...loc, column }));
  }
  const label = first === 0 ? '' : text.slice(0, fields[first]!.start).trim();
  return { label, values };
}

function valueCell(raw: string, loc: Location): ValueCell {
  const reading = readCell(raw);
  if (reading.kind === 'number') {
    const cell: ValueCell = { kind: 'number', value: reading.value, raw, loc };
    if (reading.unit) cell.unit = reading.unit;
    if (reading.annotation) cell.annotation = reading.annotation;
    return cell;
  }
  if (reading.kind === 'blank') return { kind: 'blank', value: 0, raw, loc };
  return { kind: 'text', value: null, raw, loc };
}

function pushRow(lines: Line[], cells: TableCell[], traditional: boolean, block: Extract<Block, { kind: 'table' }>): void {
  if (cells.length === 0) return;
  const readings = cells.map((c) => readCell(c.text));
  const firstNumber = readings.findIndex((r) => r.kind === 'number');
  // The label is every text cell before the first number; values are the cells after the last label cell.
  const limit = firstNumber === -1 ? cells.length : firstNumber;
  let lastLabel = -1;
  for (let i = 0; i < limit; i++) if (readings[i]!.kind === 'text') lastLabel = i;
  const labelParts: string[] = [];
  for (let i = 0; i <= lastLabel; i++) if (readings[i]!.kind === 'text') labelParts.push(cells[i]!.text.trim());
  const label = labelParts.join(' ');
  const values = cells.slice(lastLabel + 1).map((c) => valueCell(c.text, c.loc));
  const text = cells.map((c) => c.text.trim()).join(' | ');
  lines.push({
    index: lines.length,
    text,
    label,
    norm: normalizeLabel(label, traditional),
    values,
    hasNumbers: firstNumber !== -1,
    tableRow: true,
    loc: cells[0]?.loc ?? block.loc,
  });
}
