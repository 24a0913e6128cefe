/**
 * Struck-out text: a document printed with its tracked changes shown draws deleted words with a
 * line through their middle ("999" struck before the inserted "0"). Those characters are not
 * what the document says, so they are dropped; underlined insertions are kept.
 */
import type { Grid } from './grid.js';
import type { Segment } from './rulings.js';
import { charSpans, type TextPiece } from './text-items.js';

/** A rule of a table lies on one of its row boundaries; only other lines can strike text. */
function isTableRule(line: Segment, grids: readonly Grid[]): boolean {
  return grids.some((g) => line.from >= g.box.x0 - 3 && line.to <= g.box.x1 + 3 && g.ys.some((y) => Math.abs(y - line.at) <= 2));
}

export function dropStruckText(pieces: TextPiece[], segments: readonly Segment[], grids: readonly Grid[]): TextPiece[] {
  const strikes = segments.filter((s) => s.horizontal && s.to - s.from >= 2 && !isTableRule(s, grids));
  if (strikes.length === 0) return pieces;
  const out: TextPiece[] = [];
  for (const piece of pieces) {
    const size = piece.size;
    // The middle band of the glyphs: a strike line runs there, an underline below the baseline.
    const across = piece.vertical
      ? []
      : strikes.filter((s) => s.at >= piece.box.y0 + 0.3 * size && s.at <= piece.box.y0 + 0.7 * size && s.to > piece.box.x0 && s.from < piece.box.x1);
    if (across.length === 0) {
      out.push(piece);
      continue;
    }
    const kept = charSpans(piece).filter((c) => !across.some((s) => (c.x0 + c.x1) / 2 >= s.from && (c.x0 + c.x1) / 2 <= s.to));
    const text = kept.map((c) => c.ch).join('');
    if (text.trim() === '') continue;
    out.push({ ...piece, text, box: { ...piece.box, x0: kept[0]!.x0, x1: kept[kept.length - 1]!.x1 } });
  }
  return out;
}
