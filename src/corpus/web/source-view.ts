/**
 * The original document as the report page shows it beside the form: the text's own lines (text
 * formats) or the reader's blocks (web pages, Word, PDF) — never the source markup — with anchors
 * that a finding's location or a cell's location resolve to. Everything is data; the page inserts
 * it as text, so nothing from a document can run in the browser.
 */
import { extract } from '../../extract/extract.js';
import type { Extraction } from '../../extract/context.js';
import type { Block } from '../../model/document.js';
import type { Format, Location } from '../../model/report.js';
import { readDocument } from '../../readers/index.js';
import { decodeText } from '../../text/encoding.js';

export interface ViewTextBlock {
  kind: 'text';
  id: string;
  text: string;
  heading?: number;
  page?: number;
}

export interface ViewTableCell {
  id: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface ViewTableBlock {
  kind: 'table';
  id: string;
  rows: ViewTableCell[][];
  page?: number;
}

export type SourceView =
  | { mode: 'text'; format: Format; lines: string[]; truncated: boolean }
  | { mode: 'blocks'; format: Format; blocks: (ViewTextBlock | ViewTableBlock)[]; truncated: boolean }
  | { mode: 'none'; format: Format | null; message: string };

export interface SourceAnalysis {
  view: SourceView;
  /** The anchor id a location points at (L12 for a line, b3 or b3-r2-c4 for a block or cell), or null. */
  anchorOf(loc: Location | undefined | null): string | null;
  /** Anchors of the extracted cells, by cell path. */
  cellAnchors: Record<string, string>;
  /** The report section (1–6) a location lies in, when the document's structure tells. */
  sectionOf(loc: Location | undefined | null): number | null;
}

/** Past these, the view is cut (the page would be unusable anyway); anchors beyond are dropped. */
const MAX_LINES = 20_000;
const MAX_BLOCKS = 5_000;

interface Entry {
  id: string;
  loc: Location;
  /** Cells before blocks when both match a location exactly. */
  cell: boolean;
}

export async function analyseSource(bytes: Uint8Array, fileName: string): Promise<SourceAnalysis> {
  let doc;
  try {
    doc = await readDocument(bytes, fileName);
  } catch (error) {
    const view: SourceView = { mode: 'none', format: null, message: `原文无法显示：${(error as Error).message}` };
    return { view, anchorOf: () => null, cellAnchors: {}, sectionOf: () => null };
  }
  let extraction: Extraction | null = null;
  try {
    extraction = extract(doc);
  } catch {
    // The view still helps without anchors.
  }
  const entries: Entry[] = [];
  let view: SourceView;
  if (doc.format === 'txt' || doc.format === 'md') {
    const all = decodeText(bytes).text.split(/\r\n|\r|\n/);
    view = { mode: 'text', format: doc.format, lines: all.slice(0, MAX_LINES), truncated: all.length > MAX_LINES };
  } else {
    const blocks = doc.blocks.slice(0, MAX_BLOCKS).map((b, i) => toView(b, i, entries));
    view = { mode: 'blocks', format: doc.format, blocks, truncated: doc.blocks.length > MAX_BLOCKS };
  }
  const anchorOf = (loc: Location | undefined | null): string | null => {
    if (!loc) return null;
    if (view.mode === 'text') return loc.line !== undefined && loc.line <= view.lines.length ? `L${loc.line}` : null;
    return resolve(entries, loc);
  };
  const cellAnchors: Record<string, string> = {};
  for (const [path, loc] of extraction?.cellLocations ?? []) {
    const anchor = anchorOf(loc);
    if (anchor) cellAnchors[path] = anchor;
  }
  const sections = (extraction?.sections ?? []).map((s) => ({ number: s.number, loc: s.loc }));
  return { view, anchorOf, cellAnchors, sectionOf: (loc) => sectionAt(sections, loc) };
}

function toView(block: Block, index: number, entries: Entry[]): ViewTextBlock | ViewTableBlock {
  const id = `b${index}`;
  entries.push({ id, loc: block.loc, cell: false });
  const page = block.loc.page;
  if (block.kind === 'text') return { kind: 'text', id, text: block.text, ...(block.headingLevel ? { heading: block.headingLevel } : {}), ...(page ? { page } : {}) };
  const rows = block.rows.map((row, r) =>
    row.map((cell, c) => {
      const cellId = `${id}-r${r}-c${c}`;
      entries.push({ id: cellId, loc: cell.loc, cell: true });
      return { id: cellId, text: cell.text, rowSpan: cell.rowSpan, colSpan: cell.colSpan };
    }),
  );
  return { kind: 'table', id, rows, ...(page ? { page } : {}) };
}

/** Exact match on what the location states; else the nearest sensible anchor for its kind of location. */
function resolve(entries: readonly Entry[], loc: Location): string | null {
  const same = (a: Location, keys: (keyof Location)[]) => keys.every((k) => a[k] !== undefined && a[k] === loc[k]);
  if (loc.table !== undefined && loc.row !== undefined && loc.cell !== undefined) {
    const hit = entries.find((e) => e.cell && same(e.loc, ['table', 'row', 'cell']));
    if (hit) return hit.id;
  }
  if (loc.table !== undefined) {
    const hit = entries.find((e) => !e.cell && e.loc.table === loc.table);
    if (hit) return hit.id;
  }
  if (loc.paragraph !== undefined) {
    const hit = entries.find((e) => e.loc.paragraph === loc.paragraph);
    if (hit) return hit.id;
  }
  if (loc.page !== undefined) {
    const onPage = entries.filter((e) => e.loc.page === loc.page);
    if (onPage.length === 0) return null;
    if (!loc.bbox) return onPage[0]!.id;
    let best: Entry | null = null;
    let bestScore = -Infinity;
    for (const e of onPage) {
      if (!e.loc.bbox) continue;
      // Overlap first; without overlap, closeness of the centres; a cell wins over the table around it.
      const score = overlap(e.loc.bbox, loc.bbox) * 1e6 - distance(e.loc.bbox, loc.bbox) + (e.cell ? 0.5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best?.id ?? onPage[0]!.id;
  }
  if (loc.line !== undefined) {
    const exact = entries.find((e) => e.cell && same(e.loc, ['line', 'column'])) ?? entries.find((e) => same(e.loc, ['line', 'column'])) ?? entries.find((e) => e.loc.line === loc.line);
    if (exact) return exact.id;
    let best: Entry | null = null;
    for (const e of entries) {
      if (e.loc.line === undefined || e.loc.line > loc.line) continue;
      if (!best || e.loc.line > best.loc.line! || (e.loc.line === best.loc.line && (e.loc.column ?? 0) > (best.loc.column ?? 0))) best = e;
    }
    return best?.id ?? null;
  }
  return null;
}

const overlap = (a: readonly number[], b: readonly number[]): number =>
  Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!)) * Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));

const distance = (a: readonly number[], b: readonly number[]): number => Math.hypot((a[0]! + a[2]!) / 2 - (b[0]! + b[2]!) / 2, (a[1]! + a[3]!) / 2 - (b[1]! + b[3]!) / 2);

/** The last section starting at or before the location, for locations that compare (lines, paragraphs). */
function sectionAt(sections: readonly { number: number; loc: Location }[], loc: Location | undefined | null): number | null {
  if (!loc) return null;
  const key: keyof Location | null = loc.line !== undefined ? 'line' : loc.paragraph !== undefined ? 'paragraph' : null;
  if (!key) return null;
  let found: number | null = null;
  for (const s of sections) {
    const start = s.loc[key] as number | undefined;
    if (start !== undefined && start <= (loc[key] as number)) found = s.number;
  }
  return found;
}
