/** Text pieces → the cells of a page's table grids (by where they sit); what lies outside every table is returned. */
import type { Box } from './geometry.js';
import type { Grid } from './grid.js';
import { groupLines, joinWrapped } from './join.js';
import { charSpans, type CharSpan, type TextPiece } from './text-items.js';

export interface FilledGrid {
  grid: Grid;
  /** Text of each cell of grid.cells, in the same order. */
  texts: string[];
}

export function fillGrids(grids: readonly Grid[], pieces: readonly TextPiece[]): { filled: FilledGrid[]; outside: TextPiece[] } {
  const perCell = grids.map((g) => g.cells.map((): TextPiece[] => []));
  const outside: TextPiece[] = [];
  for (const piece of pieces) {
    const g = grids.findIndex((grid) => inside(grid.box, piece.box));
    if (g === -1) {
      outside.push(piece);
      continue;
    }
    const grid = grids[g]!;
    for (const part of splitAcrossColumns(piece, grid)) {
      const cx = (part.box.x0 + part.box.x1) / 2;
      const cy = (part.box.y0 + part.box.y1) / 2;
      const col = slot(grid.xs, cx);
      const row = slot(grid.ys, cy);
      perCell[g]![grid.owner[row]![col]!]!.push(part);
    }
  }
  const filled = grids.map((grid, g) => ({
    grid,
    texts: perCell[g]!.map((cellPieces) => tidy(joinWrapped(groupLines(cellPieces).map((line) => line.text)))),
  }));
  return { filled, outside };
}

const CJK_GAP = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/** Spaces between Chinese characters in a cell are justification (商 业 企 业), not words. */
function tidy(text: string): string {
  return text.replace(CJK_GAP, '$1');
}

/** The centre of the piece lies inside the box. */
function inside(box: Box, piece: Box): boolean {
  const cx = (piece.x0 + piece.x1) / 2;
  const cy = (piece.y0 + piece.y1) / 2;
  return cx > box.x0 && cx < box.x1 && cy > box.y0 && cy < box.y1;
}

/** Index i with bounds[i] <= v < bounds[i + 1], clamped to the grid (binary search). */
function slot(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (bounds[m]! <= v) lo = m;
    else hi = m - 1;
  }
  return Math.max(0, lo);
}

/**
 * A piece drawn across column rules ("0 0 3" written in one text run) is cut at its spaces,
 * each part placed where its characters lie.
 */
function splitAcrossColumns(piece: TextPiece, grid: Grid): TextPiece[] {
  if (piece.vertical || !/\S\s+\S/.test(piece.text)) return [piece];
  const crosses = grid.xs.slice(1, -1).some((x) => x > piece.box.x0 + 1 && x < piece.box.x1 - 1);
  if (!crosses) return [piece];
  const parts: TextPiece[] = [];
  let word: CharSpan[] = [];
  const flush = (): void => {
    if (word.length > 0) parts.push({ ...piece, text: word.map((c) => c.ch).join(''), box: { ...piece.box, x0: word[0]!.x0, x1: word[word.length - 1]!.x1 } });
    word = [];
  };
  for (const span of charSpans(piece)) {
    if (/\s/.test(span.ch)) flush();
    else word.push(span);
  }
  flush();
  return parts;
}
