/** DOCX tables: spans from gridSpan/vMerge/hMerge, cell text, tracked rows, layout tables unwrapped, nesting. */
import { describe, expect, it } from 'vitest';
import type { Block, SourceDocument, TableBlock } from '../../../src/model/document.js';
import { readDocxSync } from '../../../src/readers/docx/reader.js';
import { makeDocx, p, tbl, tc, tr } from './make-docx.js';

const read = (body: string): SourceDocument => readDocxSync(makeDocx({ body }));
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
/** Cells as "text", with [rN]/[cN] for spans: the shape a reader of the test can check by eye. */
const shape = (table: TableBlock): string[][] =>
  table.rows.map((row) => row.map((c) => `${c.text}${c.rowSpan > 1 ? `[r${c.rowSpan}]` : ''}${c.colSpan > 1 ? `[c${c.colSpan}]` : ''}`));
const kinds = (blocks: Block[]): string[] => blocks.map((b) => (b.kind === 'text' ? b.text : `[table ${b.loc.table}]`));

const RESTART = '<w:vMerge w:val="restart"/>';
const CONTINUE = '<w:vMerge/>';
const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;

describe('DOCX tables', () => {
  it('turns vMerge into rowSpan on the first cell only, and gridSpan into colSpan', () => {
    const doc = read(
      tbl(
        tr(tc('一、本年新收政府信息公开申请数量', span(3)), tc('1'), tc('2')),
        tr(tc('三、本年度办理结果', RESTART), tc('（一）予以公开', span(2)), tc('3'), tc('4')),
        tr(tc('', CONTINUE), tc('（三）不予公开', RESTART), tc('1.属于国家秘密'), tc('0'), tc('0')),
        tr(tc('', CONTINUE), tc('', CONTINUE), tc('2.其他法律行政法规禁止公开'), tc('5'), tc('')),
        tr(tc('四、结转下年度继续办理', span(3)), tc('0'), tc('0')),
      ),
    );
    const [table] = tables(doc);
    expect(shape(table!)).toEqual([
      ['一、本年新收政府信息公开申请数量[c3]', '1', '2'],
      ['三、本年度办理结果[r3]', '（一）予以公开[c2]', '3', '4'],
      ['（三）不予公开[r2]', '1.属于国家秘密', '0', '0'],
      ['2.其他法律行政法规禁止公开', '5', ''],
      ['四、结转下年度继续办理[c3]', '0', '0'],
    ]);
    // Locations are Word's: table, row and cell (w:tc) indexes from 1.
    expect(table!.loc).toEqual({ table: 1 });
    expect(table!.rows[3]![0]!.loc).toEqual({ table: 1, row: 4, cell: 3 });
    expect(doc.warnings).toEqual([]);
  });

  it('places merges by grid column, counting gridBefore; a row without a cell there ends the merge', () => {
    const doc = read(
      tbl(
        tr(tc('甲', RESTART), tc('乙'), tc('丙', RESTART)),
        tr(tc('', CONTINUE), tc('丁'), tc('', CONTINUE)),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('戊')}${tc('', CONTINUE)}</w:tr>`,
        tr(tc('', CONTINUE), tc('己'), tc('庚')),
      ),
    );
    expect(shape(tables(doc)[0]!)).toEqual([['甲[r2]', '乙', '丙[r3]'], ['丁'], ['戊'], ['', '己', '庚']]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-merge-orphan']);
  });

  it('reads old-style horizontal merges (hMerge) as a colSpan', () => {
    const doc = read(tbl(tr(tc('行政复议', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('', '<w:hMerge/>'), tc('行政诉讼'))));
    expect(shape(tables(doc)[0]!)).toEqual([['行政复议[c3]', '行政诉讼']]);
  });

  it('warns about a continued merge with no start above, and about text Word hides in merged cells', () => {
    const doc = read(tbl(tr(tc('孤立', CONTINUE), tc('1')), tr(tc('合并', RESTART), tc('2')), tr(tc('隐藏的字', CONTINUE), tc('3'))));
    expect(shape(tables(doc)[0]!)).toEqual([['孤立', '1'], ['合并[r2]', '2'], ['3']]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-merge-orphan', 'docx-merge-hidden-text']);
  });

  it('joins a cell’s lines with a space, except digits broken over lines', () => {
    const doc = read(tbl(tr(tc(p('商业') + p('企业')), tc(p('12') + p('345')), tc('<w:p><w:r><w:t>结果</w:t><w:br/><w:t>纠正</w:t><w:tab/><w:t>x</w:t></w:r></w:p>'))));
    expect(shape(tables(doc)[0]!)).toEqual([['商业 企业', '12345', '结果 纠正 x']]);
  });

  it('drops rows deleted with tracked changes', () => {
    const doc = read(tbl(tr(tc('规章'), tc('0')), `<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${tc('旧行')}${tc('9')}</w:tr>`, tr(tc('行政规范性文件'), tc('2'))));
    expect(shape(tables(doc)[0]!)).toEqual([['规章', '0'], ['行政规范性文件', '2']]);
  });

  it('unwraps layout tables (one column, or cells holding tables) and keeps the data tables inside', () => {
    const inner = tbl(tr(tc('行政许可'), tc('53')));
    const doc = read(
      p('前言') +
        tbl(tr(tc(p('随州市商务局2023年政府信息公开工作年度报告') + p('一、总体情况')))) +
        tbl(tr(tc(p('二、主动公开政府信息情况') + inner + p('表后文字')), tc('右栏'))) +
        p('结尾'),
    );
    expect(kinds(doc.blocks)).toEqual(['前言', '随州市商务局2023年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '[table 3]', '表后文字', '右栏', '结尾']);
    expect(shape(tables(doc)[0]!)).toEqual([['行政许可', '53']]);
  });

  it('reads tables nested past the depth limit as text of their cell', () => {
    let nested = tbl(tr(tc('最深'), tc('1')));
    for (let i = 0; i < 40; i++) nested = tbl(tr(tc(nested), tc(`第${i}层`)));
    const doc = read(nested);
    expect(doc.warnings.map((w) => w.code)).toContain('docx-tables-too-deep');
    expect(kinds(doc.blocks)).toContain('第39层');
  });
});
