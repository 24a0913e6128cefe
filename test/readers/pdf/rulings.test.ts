/** Drawing operations (pdf.js operator list) → ruling lines (src/readers/pdf/rulings.ts). */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../../src/readers/pdf/geometry.js';
import { rulingSegments, type OpCodes } from '../../../src/readers/pdf/rulings.js';

const codes = OPS as unknown as OpCodes;
// pdf.js DrawOPS inside a constructPath buffer.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 4;
/** An A4 page: PDF user space (y up) → page space (y down from the top). */
const PAGE: Matrix = [1, 0, 0, -1, 0, 842];

function run(ops: [number, unknown][]): ReturnType<typeof rulingSegments> {
  return rulingSegments(
    ops.map((o) => o[0]),
    ops.map((o) => o[1]),
    PAGE,
    codes,
  );
}

const path = (paint: number, ...data: number[]): [number, unknown] => [OPS.constructPath, [paint, [new Float32Array(data)], null]];

describe('ruling lines from drawing operations', () => {
  it('reads stroked lines and rectangles into page space', () => {
    const segments = run([path(OPS.stroke, MOVE, 50, 742, LINE, 300, 742), path(OPS.stroke, MOVE, 50, 600, LINE, 150, 600, LINE, 150, 580, LINE, 50, 580, CLOSE)]);
    expect(segments).toEqual([
      { horizontal: true, at: 100, from: 50, to: 300 },
      { horizontal: true, at: 242, from: 50, to: 150 },
      { horizontal: false, at: 150, from: 242, to: 262 },
      { horizontal: true, at: 262, from: 50, to: 150 },
      { horizontal: false, at: 50, from: 242, to: 262 },
    ]);
  });

  it('reads a thin filled rectangle (how WPS and Chromium draw rules) as a line', () => {
    const segments = run([path(OPS.fill, MOVE, 50, 700, LINE, 300, 700, LINE, 300, 700.5, LINE, 50, 700.5, CLOSE)]);
    expect(segments).toEqual([{ horizontal: true, at: 141.75, from: 50, to: 300 }]);
  });

  it('ignores filled areas, white paint, curves and diagonals', () => {
    const segments = run([
      path(OPS.fill, MOVE, 50, 700, LINE, 300, 700, LINE, 300, 650, LINE, 50, 650, CLOSE),
      [OPS.setFillRGBColor, ['#ffffff']],
      path(OPS.fill, MOVE, 50, 600, LINE, 300, 600, LINE, 300, 600.5, LINE, 50, 600.5, CLOSE),
      [OPS.setFillRGBColor, ['#000000']],
      path(OPS.stroke, MOVE, 50, 500, CURVE, 60, 510, 70, 510, 80, 500),
      path(OPS.stroke, MOVE, 50, 400, LINE, 100, 450),
    ]);
    expect(segments).toEqual([]);
  });

  it('follows transformations, saved states and form XObjects', () => {
    const segments = run([
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 0]],
      path(OPS.stroke, MOVE, 0, 100, LINE, 50, 100),
      [OPS.restore, null],
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, -100], [0, 0, 100, 100]]],
      path(OPS.stroke, MOVE, 0, 300, LINE, 0, 350),
      [OPS.paintFormXObjectEnd, null],
      path(OPS.stroke, MOVE, 0, 300, LINE, 0, 350),
    ]);
    expect(segments).toEqual([
      { horizontal: true, at: 642, from: 10, to: 110 },
      { horizontal: false, at: 0, from: 592, to: 642 },
      { horizontal: false, at: 0, from: 492, to: 542 },
    ]);
  });

  it('survives malformed operations', () => {
    expect(run([[OPS.transform, ['a']], [OPS.constructPath, null], [OPS.constructPath, [OPS.stroke, [null], null]], path(OPS.stroke, 9, 1, 2)])).toEqual([]);
  });
});
