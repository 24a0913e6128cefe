/** The text reader turns each rendering into lines and tables with positions. */
import { describe, expect, it } from 'vitest';
import type { TableBlock, TextBlock } from '../../src/model/document.js';
import { readText } from '../../src/readers/text-reader.js';

const cells = (table: TableBlock): string[][] => table.rows.map((row) => row.map((c) => c.text));

describe('text reader', () => {
  it('reads Markdown headings of any level with their level', () => {
    const doc = readText('# 标题\n\n#### 四、政府信息公开行政复议、行政诉讼情况\n正文', 'md');
    expect(doc.blocks).toEqual([
      { kind: 'text', text: '标题', headingLevel: 1, loc: { line: 1, column: 1 } },
      { kind: 'text', text: '四、政府信息公开行政复议、行政诉讼情况', headingLevel: 4, loc: { line: 3, column: 1 } },
      { kind: 'text', text: '正文', loc: { line: 4, column: 1 } },
    ]);
  });

  it('reads a Markdown table, dropping the outer pipes and the separator row', () => {
    const doc = readText('| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n', 'md');
    expect(cells(doc.blocks[0] as TableBlock)).toEqual([['信息内容', '本年制发件数'], ['规章', '0']]);
  });

  it('reads pipe rows without outer pipes, where a leading pipe is an empty first cell', () => {
    const doc = readText('规章 | 0 | 0 | 0 |\n | 3 | 1 |\n', 'txt');
    expect(cells(doc.blocks[0] as TableBlock)).toEqual([['规章', '0', '0', '0'], ['', '3', '1']]);
  });

  it('reads tab rows keeping leading empty cells and trailing blank cells', () => {
    const doc = readText('\t\t2.其他法律行政法规禁止公开\t0\t0\n规章\t\t\t\n', 'txt');
    expect(cells(doc.blocks[0] as TableBlock)).toEqual([['', '', '2.其他法律行政法规禁止公开', '0', '0'], ['规章', '', '', '']]);
  });

  it('treats tabs before one cell as indentation (one cell per line)', () => {
    const doc = readText('\t(一)予以公开\n\t0\n', 'txt');
    expect(doc.blocks.map((b) => (b as TextBlock).text)).toEqual(['(一)予以公开', '0']);
  });

  it('keeps line and column of every cell', () => {
    const doc = readText('x\n规章 | 12 |\n', 'txt');
    const table = doc.blocks[1] as TableBlock;
    expect(table.rows[0]![1]!.loc).toEqual({ line: 2, column: 6 });
  });

  it('marks Traditional script', () => {
    expect(readText('一、總體情況\n嚴格執行《中華人民共和國政府信息公開條例》，認真落實關於政務公開工作的決策部署', 'txt').script).toBe('traditional');
  });
});
