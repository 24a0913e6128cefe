/** Tables running on over a page break (src/readers/pdf/continuation.ts). */
import { describe, expect, it } from 'vitest';
import { joinContinuedTables } from '../../../src/readers/pdf/continuation.js';
import type { LayoutCell, LayoutTable, PageLayout } from '../../../src/readers/pdf/layout.js';

const XS = [50, 100, 200, 250, 300];

/** A table on a page from rows of [text, colSpan?, rowSpan?] cells placed left to right on the grid XS. */
function table(page: number, rows: [string, number?, number?][][], xs = XS): LayoutTable {
  const cells: LayoutCell[] = [];
  const taken = new Set<string>();
  rows.forEach((row, r) => {
    let col = 0;
    for (const [text, colSpan = 1, rowSpan = 1] of row) {
      while (taken.has(`${r},${col}`)) col++;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = col; cc < col + colSpan; cc++) taken.add(`${rr},${cc}`);
      cells.push({ row: r, col, colSpan, rowSpan, text, page, box: { x0: xs[col]!, y0: 100 + r * 20, x1: xs[col + colSpan]!, y1: 100 + (r + rowSpan) * 20 } });
      col += colSpan;
    }
  });
  return { kind: 'table', page, box: { x0: xs[0]!, y0: 100, x1: xs[xs.length - 1]!, y1: 100 + rows.length * 20 }, xs, rowCount: rows.length, cells };
}

const page = (n: number, ...blocks: PageLayout['blocks']): PageLayout => ({ page: n, width: 595, height: 842, blocks });
const line = (n: number, text: string): PageLayout['blocks'][number] => ({ kind: 'line', page: n, text, size: 12, box: { x0: 50, y0: 50, x1: 300, y1: 62 } });

function rows(t: LayoutTable): string[] {
  const out: string[] = [];
  for (let r = 0; r < t.rowCount; r++) {
    out.push(
      t.cells
        .filter((c) => c.row === r)
        .sort((a, b) => a.col - b.col)
        .map((c) => `${c.text}${c.rowSpan > 1 ? `{r${c.rowSpan}}` : ''}${c.colSpan > 1 ? `{c${c.colSpan}}` : ''}`)
        .join('|'),
    );
  }
  return out;
}

describe('tables continued on the next page', () => {
  it('joins the two parts and makes a group label cut by the break one cell', () => {
    const first = table(3, [
      [['三、办理结果', 1, 3], ['（一）予以公开', 2], ['5']],
      [['（二）部分公开', 2], ['1']],
      [['（三）不予公开', 1, 2], ['1.国家秘密'], ['0']],
      [['2.其他'], ['0']],
    ]);
    first.cells[0]!.rowSpan = 4;
    const second = table(4, [
      [['', 1, 2], ['（七）总计', 2], ['6']],
      [['（八）', 2], ['0']],
      [['四、结转', 3], ['0']],
    ]);
    const [joined] = joinContinuedTables([page(3, first), page(4, second)]) as LayoutTable[];
    expect(rows(joined!)).toEqual([
      '三、办理结果{r6}|（一）予以公开{c2}|5',
      '（二）部分公开{c2}|1',
      '（三）不予公开{r2}|1.国家秘密|0',
      '2.其他|0',
      '（七）总计{c2}|6',
      '（八）{c2}|0',
      '四、结转{c3}|0',
    ]);
  });

  it('makes a row whose label wrapped onto the next page one row', () => {
    const first = table(1, [[['规章'], ['1', 2], ['2']], [['二、上年结转政府信息公开'], ['0', 2], ['0']]]);
    const second = table(2, [[['申请数量'], ['', 2], ['']], [['三、予以公开'], ['3', 2], ['3']]]);
    const [joined] = joinContinuedTables([page(1, first), page(2, second)]) as LayoutTable[];
    expect(rows(joined!)).toEqual(['规章|1{c2}|2', '二、上年结转政府信息公开申请数量|0{c2}|0', '三、予以公开|3{c2}|3']);
  });

  it('unifies the columns when the parts are ruled a little differently', () => {
    const first = table(1, [[['a'], ['1'], ['2'], ['3']]]);
    const second = table(2, [[['b'], ['4'], ['5']]], [50, 100.8, 249.5, 300]);
    const [joined] = joinContinuedTables([page(1, first), page(2, second)]) as LayoutTable[];
    expect(joined!.xs).toHaveLength(5);
    expect(rows(joined!)).toEqual(['a|1|2|3', 'b|4{c2}|5']);
  });

  it('keeps a header repeated on the new page as rows, merging nothing', () => {
    const first = table(1, [[['项目', 1, 2], ['数量', 3]], [['甲'], ['乙'], ['丙']], [['x'], ['1'], ['2'], ['3']]]);
    const second = table(2, [[['项目', 1, 2], ['数量', 3]], [['甲'], ['乙'], ['丙']], [['y'], ['4'], ['5'], ['6']]]);
    const [joined] = joinContinuedTables([page(1, first), page(2, second)]) as LayoutTable[];
    expect(joined!.rowCount).toBe(6);
  });

  it('does not join tables of different widths, or with text between them', () => {
    const narrow = table(2, [[['x'], ['1']]], [50, 100, 200]);
    expect(joinContinuedTables([page(1, table(1, [[['a'], ['1'], ['2'], ['3']]])), page(2, narrow)])).toHaveLength(2);
    const blocks = joinContinuedTables([page(1, table(1, [[['a'], ['1'], ['2'], ['3']]])), page(2, line(2, '四、行政复议'), table(2, [[['b'], ['1'], ['2'], ['3']]]))]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'line', 'table']);
  });
});
