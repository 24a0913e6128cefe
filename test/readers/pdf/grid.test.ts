/** Ruling lines → table grids with merged cells (src/readers/pdf/grid.ts). */
import { describe, expect, it } from 'vitest';
import { findGrids, mergeLines } from '../../../src/readers/pdf/grid.js';
import type { Segment } from '../../../src/readers/pdf/rulings.js';

const h = (y: number, x0: number, x1: number): Segment => ({ horizontal: true, at: y, from: x0, to: x1 });
const v = (x: number, y0: number, y1: number): Segment => ({ horizontal: false, at: x, from: y0, to: y1 });
const spans = (cells: { row: number; col: number; rowSpan: number; colSpan: number }[]): string[] =>
  cells.map((c) => `${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`);

describe('table grids from ruling lines', () => {
  it('finds a 2×3 table and its cells', () => {
    const lines = [h(100, 50, 350), h(120, 50, 350), h(140, 50, 350), v(50, 100, 140), v(150, 100, 140), v(250, 100, 140), v(350, 100, 140)];
    const [grid] = findGrids(lines);
    expect(grid!.xs).toEqual([50, 150, 250, 350]);
    expect(grid!.ys).toEqual([100, 120, 140]);
    expect(spans(grid!.cells)).toEqual(['0,0 1x1', '0,1 1x1', '0,2 1x1', '1,0 1x1', '1,1 1x1', '1,2 1x1']);
  });

  it('merges cells where a rule is missing: a header over two columns, a label over two rows', () => {
    const lines = [
      h(100, 50, 350),
      h(120, 150, 350), // under the header only: the label column spans rows 0–1
      h(140, 50, 350),
      h(160, 50, 350),
      v(50, 100, 160),
      v(150, 100, 160),
      v(250, 120, 160), // not in the first row: the header spans columns 1–2
      v(350, 100, 160),
    ];
    const [grid] = findGrids(lines);
    expect(spans(grid!.cells)).toEqual(['0,0 2x1', '0,1 1x2', '1,1 1x1', '1,2 1x1', '2,0 1x1', '2,1 1x1', '2,2 1x1']);
    expect(grid!.owner[1]![0]).toBe(0);
  });

  it('takes rules drawn piece by piece and double rules as one line', () => {
    const pieces = [h(100, 50, 150), h(100.4, 150.5, 250), h(101.2, 250, 350)];
    expect(mergeLines(pieces)).toHaveLength(1);
    expect(mergeLines(pieces)[0]).toMatchObject({ from: 50, to: 350 });
  });

  it('closes a table drawn without side rules at the ends of its horizontal rules', () => {
    const lines = [h(100, 40, 360), h(120, 40, 360), h(140, 40, 360), v(150, 100, 140), v(250, 100, 140)];
    const [grid] = findGrids(lines);
    expect(grid!.xs).toEqual([40, 150, 250, 360]);
    expect(grid!.cells).toHaveLength(6);
  });

  it('does not take a frame around a paragraph, or lines that do not meet, for a table', () => {
    expect(findGrids([h(100, 50, 350), h(300, 50, 350), v(50, 100, 300), v(350, 100, 300)])).toEqual([]);
    expect(findGrids([h(100, 50, 350), h(120, 50, 350), v(400, 200, 300)])).toEqual([]);
  });

  it('keeps two tables on one page apart, top first', () => {
    const table = (top: number): Segment[] => [h(top, 50, 250), h(top + 20, 50, 250), h(top + 40, 50, 250), v(50, top, top + 40), v(150, top, top + 40), v(250, top, top + 40)];
    const grids = findGrids([...table(500), ...table(100)]);
    expect(grids.map((g) => g.box.y0)).toEqual([100, 500]);
  });
});

describe('dotted rules', () => {
  it('joins a rule drawn as dots and drops lone dots', () => {
    const dots = (y: number): Segment[] => Array.from({ length: 150 }, (_, i) => h(y, 50 + i * 2, 51 + i * 2));
    const lines = [...dots(100), ...dots(120), ...dots(140), v(50, 100, 140), v(200, 100, 140), v(350, 100, 140), h(300, 10, 11)];
    const [grid] = findGrids(lines);
    expect(grid!.ys).toEqual([100, 120, 140]);
    expect(grid!.cells).toHaveLength(4);
  });
});
