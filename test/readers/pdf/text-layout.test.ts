/** The text layer → pieces, printed lines, cell text; struck text, page furniture, look-alikes (text-items, join, cell-text, strike, furniture, lookalikes). */
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { fillGrids } from '../../../src/readers/pdf/cell-text.js';
import { dropFurniture } from '../../../src/readers/pdf/furniture.js';
import type { Matrix } from '../../../src/readers/pdf/geometry.js';
import { findGrids } from '../../../src/readers/pdf/grid.js';
import { groupLines, joinWrapped } from '../../../src/readers/pdf/join.js';
import type { PageLayout } from '../../../src/readers/pdf/layout.js';
import { fixLookalikes } from '../../../src/readers/pdf/lookalikes.js';
import type { Segment } from '../../../src/readers/pdf/rulings.js';
import { dropStruckText } from '../../../src/readers/pdf/strike.js';
import { textPieces, type TextPiece } from '../../../src/readers/pdf/text-items.js';

/** A horizontal piece of 10 pt text whose top is at y. */
const piece = (text: string, x0: number, y: number, width = text.length * 10): TextPiece => ({ text, size: 10, vertical: false, box: { x0, y0: y, x1: x0 + width, y1: y + 10 } });

describe('printed lines', () => {
  it('puts pieces on one baseline together, spaces where the gap is wide', () => {
    const lines = groupLines([piece('0', 300, 100.6), piece('规章', 50, 100), piece('3', 200, 99.5), piece('一、总体情况', 50, 80)]);
    expect(lines.map((l) => l.text)).toEqual(['一、总体情况', '规章 3 0']);
  });

  it('does not space out Chinese justified with small gaps', () => {
    expect(groupLines([piece('商', 50, 100), piece('业', 66, 100), piece('企业', 82, 100)]).map((l) => l.text)).toEqual(['商业企业']);
  });

  it('joins the lines of a cell: Chinese and digits without a space, Latin words with one', () => {
    expect(joinWrapped(['（本列数据的勾稽关系为：第一项加', '第二项之和）'])).toBe('（本列数据的勾稽关系为：第一项加第二项之和）');
    expect(joinWrapped(['447', '228'])).toBe('447228');
    expect(joinWrapped(['Open', 'data'])).toBe('Open data');
  });
});

describe('cell text', () => {
  const h = (y: number): Segment => ({ horizontal: true, at: y, from: 50, to: 250 });
  const v = (x: number): Segment => ({ horizontal: false, at: x, from: 100, to: 140 });
  const [grid] = findGrids([h(100), h(120), h(140), v(50), v(150), v(200), v(250)]);

  it('places pieces in cells and keeps what lies outside', () => {
    // "21" wrapped in a narrow cell: "2" over "1".
    const { filled, outside } = fillGrids([grid!], [piece('行政许可', 55, 105), piece('2', 160, 100.5), piece('1', 160, 109.5), piece('页脚', 60, 300)]);
    expect(filled[0]!.texts).toEqual(['行政许可', '21', '', '', '', '']);
    expect(outside.map((p) => p.text)).toEqual(['页脚']);
  });

  it('cuts a run of numbers drawn across column rules at its spaces', () => {
    const { filled } = fillGrids([grid!], [piece('甲 0 7', 60, 125, 185)]);
    expect(filled[0]!.texts.slice(3)).toEqual(['甲', '0', '7']);
  });
});

describe('page furniture', () => {
  const layout = (n: number, ...lines: [string, number][]): PageLayout => ({
    page: n,
    width: 595,
    height: 842,
    blocks: lines.map(([text, y]) => ({ kind: 'line' as const, page: n, text, size: 10, box: { x0: 100, y0: y, x1: 400, y1: y + 10 } })),
  });

  it('drops page numbers and repeated headers, keeps the body and numbers in it', () => {
    const pages = [
      layout(1, ['XX市人民政府办公室', 30], ['一、总体情况', 120], ['5', 400], ['- 1 -', 800]),
      layout(2, ['XX市人民政府办公室', 30], ['正文', 120], ['— 2 —', 800]),
      layout(3, ['XX市人民政府办公室', 30], ['第 3 页 共 3 页', 500], ['3', 810]),
    ];
    dropFurniture(pages);
    expect(pages.map((p) => p.blocks.map((b) => (b.kind === 'line' ? b.text : '')))).toEqual([['一、总体情况', '5'], ['正文'], []]);
  });
});

describe('look-alike characters', () => {
  it('maps Kangxi and simplified radicals to the ordinary characters', () => {
    expect(fixLookalikes('洛⻰区商务局⼀⽂')).toBe('洛龙区商务局一文');
    expect(fixLookalikes('⻔户⽹站')).toBe('门户网站');
  });
});

describe('the text layer', () => {
  const PAGE: Matrix = [1, 0, 0, -1, 0, 842];
  const item = (str: string, transform: number[], width: number, dir = 'ltr'): TextItem => ({ str, dir, transform, width, height: 10, fontName: 'f', hasEOL: false });
  const content = (...items: TextItem[]): TextContent => ({ items, styles: {}, lang: null });

  it('places pieces in page space, top-left origin, and keeps one copy of text drawn twice to embolden it', () => {
    const pieces = textPieces(content(item('总体情况', [10, 0, 0, 10, 100, 700], 40), item('总体情况', [10, 0, 0, 10, 100.4, 700], 40)), PAGE);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toMatchObject({ text: '总体情况', size: 10, vertical: false, box: { x0: 100, x1: 140, y0: 134, y1: 144 } });
  });

  it('leaves out slanted text (watermarks, stamps) and blank items', () => {
    const c = Math.SQRT1_2 * 40;
    expect(textPieces(content(item('样本', [c, c, -c, c, 200, 400], 80), item('  ', [10, 0, 0, 10, 0, 0], 5)), PAGE)).toEqual([]);
  });

  it('takes vertical writing as a column of text', () => {
    const [piece] = textPieces(content(item('三、本年', [10, 0, 0, 10, 90, 600], 10, 'ttb')), PAGE);
    expect(piece).toMatchObject({ vertical: true, box: { x0: 85, x1: 95, y0: 242, y1: 252 } });
  });
});

describe('struck-out text', () => {
  it('drops the characters a line crosses at mid-height, keeps underlined ones and table rules', () => {
    const struck = { horizontal: true, at: 105, from: 160, to: 190 };
    const underline = { horizontal: true, at: 110.5, from: 50, to: 90 };
    const kept = dropStruckText([piece('9990', 160, 100, 40), piece('插入', 50, 100, 40)], [struck, underline], []);
    expect(kept.map((p) => p.text)).toEqual(['0', '插入']);
  });
});
