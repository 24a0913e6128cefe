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
  let rows: TableCell[][] | null = null;
  const closeTable = (): void => {
    if (rows && rows.length > 0) blocks.push({ kind: 'table', rows, loc: rows[0]![0]?.loc ?? {} });
    rows = null;
  };
  const source = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < source.length; i++) {
    const raw = source[i]!;
    const lineNo = i + 1;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === '') continue;
    if (SEPARATOR_ROW.test(line) && line.includes('-') && (line.includes('|') || rows)) continue;
    const heading = HEADING.exec(line);
    if (heading && line.startsWith('#')) {
      closeTable();
      if (heading[2]) blocks.push({ kind: 'text', text: heading[2], headingLevel: heading[1]!.length, loc: { line: lineNo, column: indent + 1 } });
      continue;
    }
    const cells = line.includes('|') ? splitPipes(raw, indent, lineNo) : line.includes('\t') ? splitTabs(raw, indent, lineNo) : null;
    if (cells) {
      (rows ??= []).push(cells);
      continue;
    }
    closeTable();
    blocks.push({ kind: 'text', text: line, loc: { line: lineNo, column: indent + 1 } });
  }
  closeTable();
  return { format, blocks, script: isTraditional(text) ? 'traditional' : 'simplified', warnings: [] };
}

function splitPipes(raw: string, indent: number, line: number): TableCell[] {
  const body = raw.trimEnd();
  let start = indent;
  let end = body.length;
  if (body[start] === '|') start++;
  if (end > start && body[end - 1] === '|' && body[end - 2] !== '\\') end--;
  return splitOn(body, start, end, '|', line);
}

function splitTabs(raw: string, indent: number, line: number): TableCell[] {
  return splitOn(raw.trimEnd(), indent, raw.trimEnd().length, '\t', line);
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
