/**
 * Ruling lines → table grids: lines that touch form one table; its column and row boundaries are
 * where its vertical and horizontal lines lie, and a boundary missing between two grid cells
 * (no rule drawn there) merges them into one cell spanning rows or columns.
 */
import type { Box } from './geometry.js';
import type { Segment } from './rulings.js';

/** Lines this close (points) are one line: double rules, strokes drawn per cell, rounding. */
const SAME_LINE = 2;
/** Collinear pieces this close are joined into one line. */
const JOIN_GAP = 2.5;
/** How far a line may stop short of, or run past, the line it meets. */
const TOUCH = 2.5;
/** A rule covering this share of a cell's side separates that cell from its neighbour. */
const COVERED = 0.6;
/** Joined lines shorter than this are glyph parts or decorations, not rules. */
const MIN_RULE = 2;
/** Pages with more lines than this are drawings; tables are not looked for (keeps the pairwise test bounded). */
const MAX_LINES = 3000;

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Column boundaries, left to right (n + 1 for n columns). */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  box: Box;
  cells: GridCell[];
  /** owner[row][col] = index in `cells` of the cell covering that grid position. */
  owner: number[][];
}

export function findGrids(segments: readonly Segment[]): Grid[] {
  const rule = (s: Segment): boolean => s.to - s.from >= MIN_RULE;
  const horizontal = mergeLines(segments.filter((s) => s.horizontal)).filter(rule);
  const vertical = mergeLines(segments.filter((s) => !s.horizontal)).filter(rule);
  if (horizontal.length + vertical.length > MAX_LINES) return [];
  const grids: Grid[] = [];
  for (const group of touchingGroups(horizontal, vertical)) {
    const grid = gridOf(group.h, group.v);
    if (grid && grid.cells.length >= 2) grids.push(grid);
  }
  return grids.sort((a, b) => a.box.y0 - b.box.y0);
}

/** Collinear pieces (same `at` within SAME_LINE) that overlap or nearly touch become one line. */
export function mergeLines(lines: Segment[]): Segment[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let i = 0;
  while (i < sorted.length) {
    // One cluster of nearly equal `at`.
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[j - 1]!.at <= SAME_LINE / 2) j++;
    const cluster = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const at = cluster.reduce((sum, s) => sum + s.at, 0) / cluster.length;
    let current: Segment | null = null;
    for (const s of cluster) {
      if (current && s.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, s.to);
      else {
        if (current) out.push(current);
        current = { horizontal: s.horizontal, at, from: s.from, to: s.to };
      }
    }
    if (current) out.push(current);
    i = j;
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Connected groups of horizontal and vertical lines (union–find over touching pairs). */
function touchingGroups(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let a = 0; a < h.length; a++) {
    for (let b = 0; b < v.length; b++) {
      if (touches(h[a]!, v[b]!)) {
        const ra = find(a);
        const rb = find(h.length + b);
        if (ra !== rb) parent[ra] = rb;
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const groupOf = (i: number): { h: Segment[]; v: Segment[] } => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => groupOf(i).h.push(s));
  v.forEach((s, i) => groupOf(h.length + i).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 1);
}

/** Sorted positions with near-equal ones (within SAME_LINE) merged to their mean. */
function boundaries(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (count > 0 && v - last > SAME_LINE) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count++;
    last = v;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/**
 * The outer edge of a table drawn without side (or top/bottom) rules: where most lines of the
 * other direction end, beyond the outermost rule.
 */
function openEdge(ends: number[], outermost: number, beyond: (end: number) => boolean): number | null {
  const past = ends.filter(beyond);
  if (past.length < 2 || past.length * 2 < ends.length) return null;
  const edge = boundaries(past);
  // They must agree on one edge.
  if (edge.length !== 1) return null;
  return Math.abs(edge[0]! - outermost) > SAME_LINE ? edge[0]! : null;
}

function gridOf(h: Segment[], v: Segment[]): Grid | null {
  const xs = boundaries(v.map((s) => s.at));
  const ys = boundaries(h.map((s) => s.at));
  if (xs.length === 0 || ys.length === 0) return null;
  const left = openEdge(h.map((s) => s.from), xs[0]!, (e) => e < xs[0]! - SAME_LINE);
  const right = openEdge(h.map((s) => s.to), xs[xs.length - 1]!, (e) => e > xs[xs.length - 1]! + SAME_LINE);
  const top = openEdge(v.map((s) => s.from), ys[0]!, (e) => e < ys[0]! - SAME_LINE);
  const bottom = openEdge(v.map((s) => s.to), ys[ys.length - 1]!, (e) => e > ys[ys.length - 1]! + SAME_LINE);
  if (left !== null) xs.unshift(left);
  if (right !== null) xs.push(right);
  if (top !== null) ys.unshift(top);
  if (bottom !== null) ys.push(bottom);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return null;
  const box: Box = { x0: xs[0]!, y0: ys[0]!, x1: xs[cols]!, y1: ys[rows]! };
  if (box.x1 - box.x0 < 10 || box.y1 - box.y0 < 5) return null;

  const verticalAt = linesAt(xs, v);
  const horizontalAt = linesAt(ys, h);
  // wall[r][k]: a rule at xs[k] separates columns k−1 and k in row r (the outer edges always do).
  const wall = (r: number, k: number): boolean => k === 0 || k === cols || covered(verticalAt[k]!, ys[r]!, ys[r + 1]!);
  // floor[r][c]: a rule at ys[r] separates rows r−1 and r in column c.
  const floor = (r: number, c: number): boolean => r === 0 || r === rows || covered(horizontalAt[r]!, xs[c]!, xs[c + 1]!);

  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c] !== -1) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !wall(r, c + colSpan) && owner[r]![c + colSpan] === -1) colSpan++;
      let rowSpan = 1;
      extend: while (r + rowSpan < rows) {
        for (let k = c; k < c + colSpan; k++) if (floor(r + rowSpan, k) || owner[r + rowSpan]![k] !== -1) break extend;
        rowSpan++;
      }
      const index = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan });
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) owner[rr]![cc] = index;
    }
  }
  return { xs, ys, box, cells, owner };
}

/** For each boundary position, the lines lying on it. */
function linesAt(positions: number[], lines: Segment[]): Segment[][] {
  return positions.map((p) => lines.filter((s) => Math.abs(s.at - p) <= SAME_LINE));
}

/** Whether the lines cover at least COVERED of the span [a, b]. */
function covered(lines: Segment[], a: number, b: number): boolean {
  const length = b - a;
  if (length <= 0) return true;
  let total = 0;
  for (const s of lines) total += Math.max(0, Math.min(b, s.to + TOUCH) - Math.max(a, s.from - TOUCH));
  return total >= COVERED * length;
}
