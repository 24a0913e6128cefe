/** Putting text pieces together: pieces of one printed line, and the lines of one cell or paragraph. */
import { union, type Box } from './geometry.js';
import type { TextPiece } from './text-items.js';

export interface PrintedLine {
  text: string;
  box: Box;
  size: number;
  pieces: TextPiece[];
}

/** A gap wider than this share of the font size between two pieces is a space (columns of numbers, words). */
const SPACE_GAP = 0.45;
/** Between two Chinese characters only a wide gap is a space: narrower ones are justification (商 业 企 业). */
const CJK_SPACE_GAP = 1.5;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Groups pieces into printed lines, top to bottom. A piece joins the line its vertical middle
 * falls into; a vertical (top-to-bottom) piece is a line of its own. One sort, one pass.
 */
export function groupLines(pieces: readonly TextPiece[]): PrintedLine[] {
  const sorted = [...pieces].sort((a, b) => mid(a.box) - mid(b.box) || a.box.x0 - b.box.x0);
  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let top = 0;
  let bottom = 0;
  for (const piece of sorted) {
    const m = mid(piece.box);
    if (!piece.vertical && current.length > 0 && !current[0]!.vertical && m >= top && m <= bottom) {
      current.push(piece);
      // The line's band follows its tallest piece, so a larger digit beside small text stays on the line.
      top = Math.min(top, piece.box.y0 + (piece.box.y1 - piece.box.y0) * 0.25);
      bottom = Math.max(bottom, piece.box.y1 - (piece.box.y1 - piece.box.y0) * 0.25);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [piece];
    const h = piece.box.y1 - piece.box.y0;
    top = piece.box.y0 + h * 0.25;
    bottom = piece.box.y1 - h * 0.25;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf).sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function mid(box: Box): number {
  return (box.y0 + box.y1) / 2;
}

function lineOf(pieces: TextPiece[]): PrintedLine {
  const ordered = pieces[0]!.vertical ? pieces : [...pieces].sort((a, b) => a.box.x0 - b.box.x0);
  let text = '';
  let box = ordered[0]!.box;
  let size = 0;
  let previous: TextPiece | null = null;
  for (const piece of ordered) {
    if (previous) {
      const gap = piece.box.x0 - previous.box.x1;
      const wide = CJK.test(text.slice(-1)) && CJK.test(piece.text[0] ?? '');
      const threshold = (wide ? CJK_SPACE_GAP : SPACE_GAP) * Math.min(piece.size, previous.size);
      if (gap > threshold && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    }
    text += piece.text;
    box = union(box, piece.box);
    size = Math.max(size, piece.size);
    previous = piece;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), box, size, pieces: ordered };
}

/**
 * Joins the lines of a cell: text wrapped inside a narrow cell continues without a space
 * (Chinese has none; a number broken over two lines is one number), except between two Latin words.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out !== '' && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}
