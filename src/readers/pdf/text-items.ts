/** A page's text layer (pdf.js getTextContent) → text pieces with their boxes in page space. */
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { apply, boxAround, compose, type Box, type Matrix } from './geometry.js';
import { fixLookalikes } from './lookalikes.js';

export interface TextPiece {
  text: string;
  box: Box;
  /** Font size in points: the height of a horizontal line, the width of a vertical column of text. */
  size: number;
  /** Written top to bottom (vertical writing mode, or text rotated a quarter turn). */
  vertical: boolean;
}

/** Text turned by more than about 10° from the page's axes is not read. */
const SLANT = 0.18;

/** `viewport` maps PDF user space to page space (the page's rotation and crop included). */
export function textPieces(content: TextContent, viewport: Matrix): TextPiece[] {
  const pieces: TextPiece[] = [];
  const seen = new Map<string, TextPiece>();
  const key = (text: string, x: number, y: number): string => `${x},${y},${text}`;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const piece = pieceOf(item, viewport);
    if (!piece) continue;
    // Some producers draw text twice, a hair apart, to embolden it: the second copy is not more text.
    const x = Math.round(piece.box.x0);
    const y = Math.round(piece.box.y0);
    let twin = false;
    for (let dx = -1; dx <= 1 && !twin; dx++) {
      for (let dy = -1; dy <= 1 && !twin; dy++) {
        const other = seen.get(key(piece.text, x + dx, y + dy));
        twin = !!other && Math.abs(other.box.x0 - piece.box.x0) < 1.5 && Math.abs(other.box.y0 - piece.box.y0) < 1.5;
      }
    }
    if (twin) continue;
    seen.set(key(piece.text, x, y), piece);
    pieces.push(piece);
  }
  return pieces;
}

function pieceOf(item: TextItem, viewport: Matrix): TextPiece | null {
  const text = fixLookalikes(item.str);
  if (text.trim() === '') return null;
  const t = item.transform as number[];
  if (t.length < 6 || t.some((v) => !Number.isFinite(v))) return null;
  const m = t as unknown as Matrix;
  const scaleX = Math.hypot(m[0], m[1]) || 1;
  const scaleY = Math.hypot(m[2], m[3]) || 1;
  // Unit vectors of the text line (u) and of "up" (v) in user space.
  const [ux, uy] = [m[0] / scaleX, m[1] / scaleX];
  const [vx, vy] = [m[2] / scaleY, m[3] / scaleY];
  const ox = m[4];
  const oy = m[5];
  const ttb = item.dir === 'ttb';
  const width = Number.isFinite(item.width) ? Math.abs(item.width) : 0;
  const height = Number.isFinite(item.height) ? Math.abs(item.height) : 0;
  let corners: number[];
  let size: number;
  if (ttb) {
    // Vertical writing: the origin is the top centre of the first glyph; glyphs go down (−v).
    size = width || scaleX;
    const h = height;
    const half = size / 2;
    corners = [ox - ux * half, oy - uy * half, ox + ux * half, oy + uy * half, ox - ux * half - vx * h, oy - uy * half - vy * h, ox + ux * half - vx * h, oy + uy * half - vy * h];
  } else {
    size = height || scaleY;
    // From a little below the baseline (descenders) to the font size above it.
    const below = size * 0.2;
    const above = size * 0.8;
    const bx = ox - vx * below;
    const by = oy - vy * below;
    const tx = ox + vx * above;
    const ty = oy + vy * above;
    corners = [bx, by, bx + ux * width, by + uy * width, tx, ty, tx + ux * width, ty + uy * width];
  }
  const page: number[] = [];
  for (let i = 0; i < corners.length; i += 2) page.push(...apply(viewport, corners[i]!, corners[i + 1]!));
  const box = boxAround(...page);
  if (![box.x0, box.y0, box.x1, box.y1].every(Number.isFinite)) return null;
  // The direction of the line on the page decides how it is read (a page rotated a quarter turn turns it).
  const run = compose(viewport, [ux, uy, 0, 0, 0, 0]);
  const along = Math.max(Math.abs(run[0]), Math.abs(run[1]));
  const across = Math.min(Math.abs(run[0]), Math.abs(run[1]));
  // Slanted text is a watermark or a stamp laid over the page, not part of its lines or cells.
  if (across > SLANT * along) return null;
  const sideways = Math.abs(run[1]) > Math.abs(run[0]);
  return { text, box, size, vertical: ttb !== sideways };
}

/** A character of a piece with its estimated horizontal extent. */
export interface CharSpan {
  ch: string;
  x0: number;
  x1: number;
}

/**
 * Where each character of a horizontal piece lies, estimated from the piece's width: wide
 * (CJK, full-width) characters take two shares, others one. Good enough to cut a piece at a
 * column rule or to tell which characters a strike line crosses.
 */
export function charSpans(piece: TextPiece): CharSpan[] {
  const chars = Array.from(piece.text);
  const weights = chars.map((ch) => (/[\u1100-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const width = piece.box.x1 - piece.box.x0;
  let offset = 0;
  return chars.map((ch, i) => {
    const x0 = piece.box.x0 + (offset / total) * width;
    offset += weights[i]!;
    return { ch, x0, x1: piece.box.x0 + (offset / total) * width };
  });
}
