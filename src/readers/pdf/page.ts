/** One page → its printed lines and ruled tables, in reading order (top to bottom). */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Box, Matrix } from './geometry.js';
import { fillGrids, type FilledGrid } from './cell-text.js';
import { findGrids } from './grid.js';
import { groupLines } from './join.js';
import type { LayoutBlock, LayoutTable, PageLayout } from './layout.js';
import { rulingSegments, type OpCodes } from './rulings.js';
import { dropStruckText } from './strike.js';
import { textPieces, type TextPiece } from './text-items.js';

export interface PageReading {
  layout: PageLayout;
  /** Letters and digits in the text layer (0 for a scanned page). */
  characters: number;
  /** Tables that run past the edge of the paper (what lies beyond was not printed). */
  clipped: Box[];
}

/** A table reaching this close (points) to the paper's edge was cut off there when printed. */
const EDGE = 1;

export async function readPage(page: PDFPageProxy, ops: OpCodes, annotationsOff: number): Promise<PageReading> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as unknown as Matrix;
  const content = await page.getTextContent();
  // Text placed off the paper is not printed (left-overs of layout, hidden notes).
  const pieces = textPieces(content, transform).filter((p) => onPaper(p.box, viewport.width, viewport.height));
  const characters = pieces.reduce((n, p) => n + countCharacters(p.text), 0);
  const layout: PageLayout = { page: page.pageNumber, width: viewport.width, height: viewport.height, blocks: [] };
  if (pieces.length === 0) return { layout, characters, clipped: [] };
  // Rules are only looked for on pages with text: a table without text carries nothing to read.
  const list = await page.getOperatorList({ annotationMode: annotationsOff });
  const segments = rulingSegments(list.fnArray, list.argsArray, transform, ops);
  const grids = findGrids(segments);
  const { filled, outside } = fillGrids(grids, dropStruckText(pieces, segments, grids));
  layout.blocks = arrange(page.pageNumber, filled, outside);
  const clipped = grids
    .map((g) => g.box)
    .filter((box) => box.x0 < EDGE || box.y0 < EDGE || box.x1 > viewport.width - EDGE || box.y1 > viewport.height - EDGE);
  return { layout, characters, clipped };
}

function onPaper(box: Box, width: number, height: number): boolean {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return cx >= 0 && cx <= width && cy >= 0 && cy <= height;
}

function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

function arrange(pageNumber: number, filled: FilledGrid[], outside: TextPiece[]): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  for (const line of groupLines(outside)) {
    if (line.text !== '') blocks.push({ kind: 'line', page: pageNumber, box: line.box, text: line.text, size: line.size });
  }
  for (const f of filled) {
    // A grid with no text in it is a drawing (a frame, a signature box), not a table.
    if (f.texts.every((t) => t === '')) continue;
    blocks.push(tableOf(pageNumber, f));
  }
  return blocks.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function tableOf(pageNumber: number, { grid, texts }: FilledGrid): LayoutTable {
  const { xs, ys } = grid;
  return {
    kind: 'table',
    page: pageNumber,
    box: grid.box,
    xs,
    rowCount: ys.length - 1,
    cells: grid.cells.map((c, i) => ({
      ...c,
      text: texts[i]!,
      page: pageNumber,
      box: { x0: xs[c.col]!, y0: ys[c.row]!, x1: xs[c.col + c.colSpan]!, y1: ys[c.row + c.rowSpan]! },
    })),
  };
}
