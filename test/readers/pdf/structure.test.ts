/**
 * What the PDF reader rebuilds from real files: tables with their merged cells (also across a
 * page break), numbers wrapped in narrow cells joined, rows cut by a page break made whole,
 * page furniture dropped, struck-out text and radical look-alikes handled, places of everything.
 */
import { describe, expect, it } from 'vitest';
import { cellTexts, corpusPdf, fixture, read, rowStarting, tables, texts } from './read.js';

const hongze2023 = corpusPdf('hongze-2023-pdf');
const shuyang = corpusPdf('shuyang-fgj-2023-libreoffice-pdf');

describe.skipIf(!hongze2023)('a report printed from WPS (hongze-2023)', () => {
  it('gives the metadata title as a hint and drops the page numbers', async () => {
    const doc = await read(hongze2023!);
    expect(doc.format).toBe('pdf');
    expect(doc.script).toBe('simplified');
    expect(doc.hints?.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
    expect(texts(doc).slice(0, 2)).toEqual(['洪泽区人民政府', '2023 年政府信息公开工作年度报告']);
    expect(texts(doc).filter((t) => /^-\s*\d+\s*-$/.test(t))).toEqual([]);
  });

  it('rebuilds table 3 with its spans, as one table over the page break', async () => {
    const doc = await read(hongze2023!);
    const { table, row: header } = rowStarting(doc, '（本列数据的勾稽关系为');
    expect(header.map((c) => [c.text.slice(0, 6), c.rowSpan, c.colSpan])).toEqual([
      ['（本列数据的', 3, 3],
      ['申请人情况', 1, 7],
    ]);
    // The group label of rows 三 is printed on page 3 and continues on page 4: one cell spanning 20 rows.
    const group = table.rows.flat().find((c) => c.text.startsWith('三、本年'))!;
    expect([group.rowSpan, group.colSpan, group.loc.page]).toEqual([20, 1, 3]);
    expect(table.rows.flat().find((c) => c.text === '（三）不予公开')?.rowSpan).toBe(8);
    const last = table.rows.find((r) => r[0]?.text === '四、结转下年度继续办理')!;
    expect(last[0]!.loc.page).toBe(4);
    expect(cellTexts(last).slice(1)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // A group's first row starts with the group label spanning its rows (as HTML <td rowspan> would).
    expect(cellTexts(rowStarting(doc, '1.本机关不掌握').row)).toEqual(['（四）无法提供', '1.本机关不掌握相关政府信息', '10', '0', '0', '0', '0', '0', '10']);
  });

  it('reads table 4 as printed, totals of 0 included', async () => {
    const doc = await read(hongze2023!);
    const values = tables(doc).at(-1)!.rows.at(-1)!;
    expect(cellTexts(values)).toEqual(['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
  });

  it('places every cell on its page with a box in points', async () => {
    const doc = await read(hongze2023!);
    for (const cell of tables(doc).flatMap((t) => t.rows.flat())) {
      expect(cell.loc.page).toBeGreaterThanOrEqual(2);
      const [x0, y0, x1, y1] = cell.loc.bbox!;
      expect(x0).toBeLessThan(x1);
      expect(y0).toBeLessThan(y1);
      expect(x1).toBeLessThanOrEqual(595);
      expect(y1).toBeLessThanOrEqual(842);
    }
  });
});

describe.skipIf(!shuyang)('a web page printed by LibreOffice with narrow columns (shuyang-fgj-2023)', () => {
  it('joins a number wrapped inside its cell', async () => {
    const doc = await read(shuyang!);
    // 总计 26 is printed as "2" over "6" in the narrow last column.
    expect(cellTexts(rowStarting(doc, '（七）总计').row)).toEqual(['（七）总计', '26', '', '', '', '', '', '26']);
  });

  it('makes a row cut by a page break whole again', async () => {
    const doc = await read(shuyang!);
    const { row } = rowStarting(doc, '二、上年结转');
    expect(row[0]!.text).toBe('二、上年结转政府信息公开申请数量');
    expect(cellTexts(row).slice(1)).toEqual(['0', '', '', '', '', '', '0']);
  });

  it('warns that a table runs past the edge of the paper', async () => {
    const doc = await read(shuyang!);
    const warning = doc.warnings.find((w) => w.code === 'pdf-table-clipped');
    expect(warning?.message).toContain('第 5、6、7、8、9、10、11 页的表格超出了纸张边缘');
  });
});

describe('seed renderings', () => {
  it('maps radical look-alikes from Chromium fonts back to ordinary characters', async () => {
    const doc = await read(fixture('luolong-commerce-2023.chromium.pdf'));
    expect(texts(doc)[0]).toBe('洛龙区商务局 2023 年政府信息公开工作年度报告');
  });

  it("drops Chromium's header and footer (date, title, file URL, page counter)", async () => {
    const doc = await read(fixture('luolong-commerce-2023.chromium.pdf'));
    expect(texts(doc).filter((t) => /file:|\d+\/\d+\s*$|[AP]M/.test(t))).toEqual([]);
  });

  it('leaves out what tracked changes printed as struck out', async () => {
    const doc = await read(fixture('hotan-commerce-2023.word-libreoffice.pdf'));
    expect(cellTexts(rowStarting(doc, '规章').row)).toEqual(['规章', '0', '0', '0']);
    expect(texts(doc).some((t) => t.includes('此句已删除'))).toBe(false);
    expect(texts(doc).some((t) => t.includes('统一部署，把政府信'))).toBe(true);
  });

  it('reads a Traditional-script report as such', async () => {
    const doc = await read(fixture('fuyuan-city-2023.libreoffice.pdf'));
    expect(doc.script).toBe('traditional');
    expect(cellTexts(rowStarting(doc, '行政許可').row)).toEqual(['行政許可', '21147']);
  });

  it('reads the legacy statistical table with its unit column, spacing of justified headers removed', async () => {
    const doc = await read(fixture('jinxiang-commerce-2017.chromium.pdf'));
    expect(cellTexts(rowStarting(doc, '统计指标').row)).toEqual(['统计指标', '单位', '统计数']);
    expect(cellTexts(rowStarting(doc, '（四）政府信息公开专项经费').row).slice(1)).toEqual(['万元', '0.2']);
  });
});
