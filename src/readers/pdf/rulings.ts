/**
 * A page's drawing operations (pdf.js getOperatorList) → the straight horizontal and vertical
 * lines a table is ruled with. Word, WPS and LibreOffice draw rules as stroked lines or rectangles,
 * or as thin filled rectangles; pdf.js 5 hands every path over as one `constructPath` operation
 * (the painting operator, the path as DrawOPS codes with coordinates, its bounds).
 */
import { apply, compose, type Matrix } from './geometry.js';

/** A ruling line in page space: `at` is y for a horizontal line and x for a vertical one. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** The operator codes used here (pdf.js OPS; stable numbers, passed in to keep this file free of pdf.js). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  setFillTransparent: number;
  setStrokeTransparent: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js DrawOPS: the codes inside a constructPath path buffer. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this (points) is a rule. */
const THIN = 3;
/** How far from axis-aligned a line may be (points). */
const SKEW = 0.8;
/** Shorter pieces are dropped at once; dotted rules are made of pieces a little longer (joined in grid.ts). */
const MIN_LENGTH = 0.3;
/** A page drawing more lines than this is a chart or a drawing, not a report's tables. */
const MAX_SEGMENTS = 20000;

interface State {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
}

export function rulingSegments(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, viewport: Matrix, ops: OpCodes): Segment[] {
  const segments: Segment[] = [];
  let state: State = { ctm: viewport, fillVisible: true, strokeVisible: true };
  const stack: State[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length && segments.length < MAX_SEGMENTS; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push(state);
        state = { ...state };
        break;
      case ops.restore:
        state = stack.pop() ?? state;
        break;
      case ops.transform:
        if (isMatrix(args)) state.ctm = compose(state.ctm, args);
        break;
      case ops.paintFormXObjectBegin: {
        stack.push(state);
        state = { ...state };
        const matrix = args?.[0];
        if (isMatrix(matrix)) state.ctm = compose(state.ctm, matrix);
        break;
      }
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.setFillRGBColor:
        state.fillVisible = !isWhite(args);
        break;
      case ops.setStrokeRGBColor:
        state.strokeVisible = !isWhite(args);
        break;
      case ops.setFillTransparent:
        state.fillVisible = false;
        break;
      case ops.setStrokeTransparent:
        state.strokeVisible = false;
        break;
      case ops.constructPath: {
        const paint = args?.[0] as number;
        const path = (args?.[1] as unknown[] | undefined)?.[0];
        if (!(path instanceof Float32Array) && !Array.isArray(path)) break;
        const data = path as ArrayLike<number>;
        if (strokes.has(paint) && state.strokeVisible) strokeSegments(data, state.ctm, segments);
        if (fills.has(paint) && state.fillVisible) fillSegments(data, state.ctm, segments);
        break;
      }
    }
  }
  return segments;
}

function isMatrix(value: unknown): value is Matrix {
  return (Array.isArray(value) || value instanceof Float32Array) && value.length === 6 && Array.from(value as ArrayLike<number>).every((v) => Number.isFinite(v));
}

/** White (or nearly) paint leaves no mark on paper: cell backgrounds, "erased" lines. */
function isWhite(args: unknown[] | null): boolean {
  const color = args?.[0];
  if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) {
    const v = parseInt(color.slice(1), 16);
    return (v >> 16) >= 0xf0 && ((v >> 8) & 0xff) >= 0xf0 && (v & 0xff) >= 0xf0;
  }
  if (args && args.length >= 3 && args.slice(0, 3).every((v) => typeof v === 'number')) {
    return (args as number[]).slice(0, 3).every((v) => v >= 240);
  }
  return false;
}

/** Walks a path buffer, calling `line` for every straight piece (closing lines included) in page space. */
function walk(data: ArrayLike<number>, ctm: Matrix, line: (x0: number, y0: number, x1: number, y1: number) => void, subpathEnd?: (points: number[]) => void): void {
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  let points: number[] = [];
  const end = (): void => {
    if (subpathEnd && points.length > 0) subpathEnd(points);
    points = [];
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === MOVE) {
      end();
      [x, y] = apply(ctm, data[k]!, data[k + 1]!);
      [startX, startY] = [x, y];
      points.push(x, y);
      k += 2;
    } else if (op === LINE) {
      const [nx, ny] = apply(ctm, data[k]!, data[k + 1]!);
      line(x, y, nx, ny);
      [x, y] = [nx, ny];
      points.push(x, y);
      k += 2;
    } else if (op === CURVE) {
      [x, y] = apply(ctm, data[k + 4]!, data[k + 5]!);
      points.push(NaN, NaN); // a curve: this subpath is not a rectangle
      k += 6;
    } else if (op === QUAD) {
      [x, y] = apply(ctm, data[k + 2]!, data[k + 3]!);
      points.push(NaN, NaN);
      k += 4;
    } else if (op === CLOSE) {
      line(x, y, startX, startY);
      [x, y] = [startX, startY];
      end();
    } else {
      break; // unknown code: the rest of the buffer cannot be read
    }
  }
  end();
}

function strokeSegments(data: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  walk(data, ctm, (x0, y0, x1, y1) => {
    const segment = axisSegment(x0, y0, x1, y1);
    if (segment) out.push(segment);
  });
}

function axisSegment(x0: number, y0: number, x1: number, y1: number): Segment | null {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy <= SKEW && dx >= MIN_LENGTH) return { horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
  if (dx <= SKEW && dy >= MIN_LENGTH) return { horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
  return null;
}

/** A filled subpath that is a thin axis-aligned rectangle is a rule along its long side. */
function fillSegments(data: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  walk(data, ctm, () => {}, (points) => {
    if (points.length < 6 || points.length > 10 || points.some((v) => Number.isNaN(v))) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < points.length; i += 2) {
      x0 = Math.min(x0, points[i]!);
      x1 = Math.max(x1, points[i]!);
      y0 = Math.min(y0, points[i + 1]!);
      y1 = Math.max(y1, points[i + 1]!);
    }
    // Every corner must sit on the box (an axis-aligned rectangle, possibly with a repeated first point).
    for (let i = 0; i < points.length; i += 2) {
      const onX = Math.abs(points[i]! - x0) <= SKEW || Math.abs(points[i]! - x1) <= SKEW;
      const onY = Math.abs(points[i + 1]! - y0) <= SKEW || Math.abs(points[i + 1]! - y1) <= SKEW;
      if (!onX || !onY) return;
    }
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= THIN && w >= Math.max(MIN_LENGTH, 2 * h)) out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (w <= THIN && h >= Math.max(MIN_LENGTH, 2 * w)) out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
    // A dot may belong to a dotted rule running either way: it is kept as a piece of both (lone dots are dropped in grid.ts).
    else if (w <= THIN && h <= THIN && w > MIN_LENGTH && h > MIN_LENGTH) {
      out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 }, { horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
    }
  });
}
