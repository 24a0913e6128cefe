/**
 * Plain text and Markdown → document blocks. Recognises the renderings reports travel in:
 * Markdown headings, pipe tables (with or without outer pipes and separator rows), tab-separated
 * rows, and plain lines (one cell per line, or columns padded with spaces as PDF tools print).
 */
import type { Block, SourceDocument, TableCell } from '../model/document.js';
import type { Format } from '../model/report.js';
import { isTraditional } from '../text/script.js';

const HEADING = /^(#{1,6})(?:\s+|(?=\S))(.*?)\s*#*\s*$/;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const HTML_BREAK = /<br\s*\/?>/gi;

export function readText(text: string, format: Extract<Format, 'txt' | 'md'>): SourceDocument {
  const blocks: Block[] = [];
  let pending: { raw: string; indent: number; line: number; pipes: boolean }[] = [];
  const closeTable = (): void => {
    if (pending.length === 0) return;
    // Markdown tables start every row with "|": that pipe is a delimiter. In tables whose rows
    // do not (pipe text copied from Word), a leading "|" means the first cell is empty.
    const outer = pending.filter((p) => p.pipes && p.raw.slice(p.indent).startsWith('|')).length * 2 > pending.length;
    const rows = pending.map((p) => (p.pipes ? splitPipes(p.raw, p.indent, p.line, outer) : splitTabs(p.raw, p.indent, p.line)));
    blocks.push({ kind: 'table', rows, loc: rows[0]![0]?.loc ?? {} });
    pending = [];
  };
  const source = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < source.length; i++) {
    const raw = source[i]!;
    const lineNo = i + 1;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === '') {
      // Inside a tab-separated table a line of tabs is a row whose cells are all blank.
      if (pending.length > 0 && !pending[pending.length - 1]!.pipes && (raw.match(/\t/g)?.length ?? 0) >= 2) {
        pending.push({ raw, indent: 0, line: lineNo, pipes: false });
      }
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 0x7c || first === 0x2d || first === 0x3a) && SEPARATOR_ROW.test(line) && line.includes('-') && (line.includes('|') || pending.length > 0)) continue;
    const heading = first === 0x23 ? HEADING.exec(line) : null;
    if (heading) {
      closeTable();
      if (heading[2]) blocks.push({ kind: 'text', text: heading[2], headingLevel: heading[1]!.length, loc: { line: lineNo, column: indent + 1 } });
      continue;
    }
    // A tab after the text makes a tab-separated row; then leading tabs are empty cells (merged
    // cells of a Word table) and trailing tabs are cells printed blank ("规章\t\t\t").
    // Tabs only before the text are indentation (one cell per line, seed 003).
    if (line.includes('|') || raw.slice(indent).includes('\t')) {
      pending.push({ raw, indent, line: lineNo, pipes: line.includes('|') });
      continue;
    }
    closeTable();
    blocks.push({ kind: 'text', text: line, loc: { line: lineNo, column: indent + 1 } });
  }
  closeTable();
  return { format, blocks, script: isTraditional(text) ? 'traditional' : 'simplified', warnings: [] };
}

function splitPipes(raw: string, indent: number, line: number, outer: boolean): TableCell[] {
  const body = raw.trimEnd();
  let start = indent;
  let end = body.length;
  if (outer && body[start] === '|') start++;
  if (end > start && body[end - 1] === '|' && body[end - 2] !== '\\') end--;
  return splitOn(body, start, end, '|', line);
}

function splitTabs(raw: string, indent: number, line: number): TableCell[] {
  const body = raw.replace(/[ \r]+$/, '');
  const tabsOnly = /^\t*/.exec(body)![0].length === indent;
  return splitOn(body, tabsOnly ? 0 : indent, body.length, '\t', line);
}

function splitOn(text: string, start: number, end: number, separator: string, line: number): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === separator) {
      const content = text.slice(cellStart, i);
      const lead = content.length - content.trimStart().length;
      cells.push({
        text: content.replace(HTML_BREAK, ' ').trim(),
        rowSpan: 1,
        colSpan: 1,
        loc: { line, column: cellStart + lead + 1 },
      });
      cellStart = i + 1;
    }
  }
  return cells;
}
