/**
 * The text renderings reports travel in, as the seeds show them: one cell per line (web pages
 * copied as text), pipe-separated rows, tab-separated rows, Markdown, and columns padded with
 * spaces (what PDF-to-text tools print).
 */
import { toTraditional } from '../text/script.js';
import { draftParts, type Part, type ReportDraft } from './draft.js';
import { slots, type Grid, type GridCell } from './grid.js';

export type TextRendering = 'cells' | 'pipe' | 'tab' | 'markdown' | 'layout';
export const TEXT_RENDERINGS: readonly TextRendering[] = ['cells', 'pipe', 'tab', 'markdown', 'layout'];

export interface TextRenderOptions {
  /** Print Traditional script (as mirror sites do). */
  traditional?: boolean;
  /** Half-width brackets in labels: (一) instead of （一）. */
  halfWidth?: boolean;
  /** Break header cells into fragments ("商业" / "企业"), as Word tables copied as text do. */
  splitHeaders?: boolean;
  /** Print zeros as empty cells (only where cells have borders: pipe, tab, markdown). */
  blankZeros?: boolean;
  /** Markdown heading level of the six sections (seed 004 mixes them). */
  headingLevels?: number[];
  /** Insert a page footer line ("- 2 -") inside table 3, as PDF text does. */
  pageFooter?: boolean;
  /** Layout only: wrap row labels of tables 2–4 longer than this many characters over several lines. */
  wrapLabels?: number;
  /** Layout only: the numbers stand on the first or the middle line of a wrapped label. */
  wrapAt?: 'first' | 'middle';
}

export function renderText(draft: ReportDraft, rendering: TextRendering, options: TextRenderOptions = {}): string {
  const formatValue = (value: number | null): string => (value === null ? '' : options.blankZeros && value === 0 && rendering !== 'cells' && rendering !== 'layout' ? '' : String(value));
  const parts = draftParts(draft, { formatValue });
  const lines: string[] = [];
  let headingIndex = 0;
  for (const part of parts) {
    if (part.kind === 'table') {
      lines.push(...renderGrid(part, rendering, options));
      continue;
    }
    const text = part.text;
    if (rendering === 'markdown' && part.kind === 'title') lines.push(`# ${text}`, '');
    else if (rendering === 'markdown' && part.kind === 'heading') {
      const level = options.headingLevels?.[headingIndex++ % (options.headingLevels.length || 1)] ?? 2;
      lines.push(`${'#'.repeat(level)} ${text}`, '');
    } else if (rendering === 'cells' || rendering === 'markdown') lines.push(text, '');
    else if (rendering === 'layout') lines.push(...wrap(text, part.kind === 'paragraph' ? 34 : 60, part.kind === 'paragraph' ? '    ' : '  '));
    else lines.push(text);
  }
  let out = lines.join('\n') + '\n';
  if (options.halfWidth) out = out.replace(/（/g, '(').replace(/）/g, ')');
  if (options.traditional) out = toTraditional(out);
  return out;
}

/** Prose wrapped at a fixed width, as PDF text tools print it (continuation lines unindented). */
function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let rest = text;
  let first = true;
  while (rest.length > 0) {
    out.push((first ? indent : '') + rest.slice(0, width));
    rest = rest.slice(width);
    first = false;
  }
  return out;
}

function renderGrid(part: Extract<Part, { kind: 'table' }>, rendering: TextRendering, options: TextRenderOptions): string[] {
  const grid = part.grid;
  switch (rendering) {
    case 'cells':
      return cellsPerLine(grid, options);
    case 'pipe':
      return delimited(grid, ' | ', options, true);
    case 'tab':
      return delimited(grid, '\t', options, false);
    case 'markdown':
      return markdown(grid, options);
    case 'layout':
      return layout(grid, part.name, options);
  }
}

function headerText(cell: GridCell, options: TextRenderOptions, joiner: string): string {
  if (!options.splitHeaders || !cell.columnHeader || cell.text.length < 4 || cell.text.length > 8) return cell.text;
  const half = Math.ceil(cell.text.length / 2);
  return cell.text.slice(0, half) + joiner + cell.text.slice(half);
}

/** Seed 000: every cell on its own line, blank lines between, cells covered by spans omitted. */
function cellsPerLine(grid: Grid, options: TextRenderOptions): string[] {
  const out: string[] = [];
  for (const row of grid) for (const cell of row) out.push(headerText(cell, options, '\n\n'), '');
  return out;
}

/** Seeds 002 and 004: one row per line; cells covered by a rowspan omitted, colspans padded at the end. */
function delimited(grid: Grid, separator: string, options: TextRenderOptions, trailing: boolean): string[] {
  const out: string[] = [];
  for (const row of grid) {
    const texts = row.map((cell) => headerText(cell, options, ' '));
    const padding = row.reduce((n, cell) => n + (cell.colSpan ?? 1) - 1, 0);
    for (let i = 0; i < padding; i++) texts.push('');
    out.push(texts.join(separator) + (trailing ? ' |' : ''));
  }
  return out;
}

/** Markdown pipe tables: the grid flattened, a rowspan's label repeated blank below it. */
function markdown(grid: Grid, options: TextRenderOptions): string[] {
  const table = slots(grid);
  const width = Math.max(...table.map((r) => r.length));
  const out: string[] = [];
  table.forEach((row, r) => {
    const texts: string[] = [];
    for (let c = 0; c < width; c++) {
      const slot = row[c];
      texts.push(!slot || slot.kind !== 'own' ? '' : headerText(slot.cell, options, ' ').replace(/\|/g, '\\|'));
    }
    out.push(`| ${texts.join(' | ')} |`);
    if (r === 0) out.push(`|${' --- |'.repeat(width)}`);
  });
  out.push('');
  return out;
}

/** pdftotext -layout: label then the row's numbers, padded with spaces; headers printed as words. */
function layout(grid: Grid, name: string, options: TextRenderOptions): string[] {
  const out: string[] = [];
  grid.forEach((row, r) => {
    const labels = row.filter((c) => !c.value).map((c) => headerText(c, options, ' '));
    const values = row.filter((c) => c.value).map((c) => ' ' + c.text.padStart(7));
    const label = labels.join('  ');
    if (values.length === 0) out.push('      ' + labels.join('    '));
    else if (options.wrapLabels && name !== 'legacy' && label.length > options.wrapLabels) {
      // A narrow label column: the label wraps over several lines and the numbers stand on one of them.
      const pieces: string[] = [];
      for (let i = 0; i < label.length; i += options.wrapLabels) pieces.push(label.slice(i, i + options.wrapLabels));
      const at = options.wrapAt === 'first' ? 0 : Math.floor((pieces.length - 1) / 2);
      pieces.forEach((piece, i) => out.push(i === at ? ('  ' + piece).padEnd(40) + values.join('') : '  ' + piece));
    } else out.push(('  ' + label).padEnd(40) + values.join(''));
    if (options.pageFooter && name === 'table3' && r === Math.floor(grid.length / 2)) out.push('', '                                  - 2 -', '');
  });
  out.push('');
  return out;
}
