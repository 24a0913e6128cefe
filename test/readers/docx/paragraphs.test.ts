/** Paragraph text as Word shows it: runs, tracked changes, fields, text boxes, breaks, symbols, hidden text, headings. */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/model/document.js';
import { readDocxSync } from '../../../src/readers/docx/reader.js';
import { makeDocx, p } from './make-docx.js';

const read = (body: string, extra: Parameters<typeof makeDocx>[0] = { body }): SourceDocument => readDocxSync(makeDocx({ ...extra, body }));
const texts = (doc: SourceDocument): string[] => doc.blocks.map((b) => (b.kind === 'text' ? b.text : '[table]'));

describe('DOCX paragraphs', () => {
  it('joins the runs of a paragraph and numbers paragraphs from 1 in document order', () => {
    const doc = read(`${p('一、总体情况')}<w:p/><w:p><w:r><w:t>本年</w:t></w:r><w:r><w:t xml:space="preserve">收到 </w:t></w:r><w:r><w:t>3件</w:t></w:r></w:p>`);
    expect(doc.blocks).toEqual([
      { kind: 'text', text: '一、总体情况', loc: { paragraph: 1 } },
      { kind: 'text', text: '本年收到 3件', loc: { paragraph: 3 } },
    ]);
    expect(doc.format).toBe('docx');
    expect(doc.script).toBe('simplified');
  });

  it('keeps tracked insertions and moves-to, drops deletions and moves-from', () => {
    const doc = read(
      '<w:p><w:r><w:t>收到申请</w:t></w:r>' +
        '<w:del w:id="1" w:author="a"><w:r><w:delText>5</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="a"><w:r><w:t>7</w:t></w:r></w:ins>' +
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>（旧位置）</w:t></w:r></w:moveFrom>' +
        '<w:moveTo w:id="4" w:author="a"><w:r><w:t>件</w:t></w:r></w:moveTo></w:p>',
    );
    expect(texts(doc)).toEqual(['收到申请7件']);
  });

  it('reads a field by its result, never its code, including nested and simple fields', () => {
    const doc = read(
      '<w:p><w:r><w:t>第</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:t>页，</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        '<w:r><w:t>不应出现</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:instrText> = 1 "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>，共9页</w:t></w:r></w:fldSimple></w:p>',
    );
    expect(texts(doc)).toEqual(['第3页，结果，共9页']);
  });

  it('does not let an unterminated field code swallow the paragraphs after it', () => {
    const doc = read('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>代码</w:t></w:r></w:p>' + p('二、主动公开政府信息情况'));
    expect(texts(doc)).toEqual(['二、主动公开政府信息情况']);
  });

  it('renders tabs, breaks (as separate lines), symbols, hyphens; drops soft hyphens and hidden runs', () => {
    const doc = read(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>随州市商务局</w:t><w:br/><w:t>2024年1月3日</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:softHyphen/><w:t>丙</w:t><w:noBreakHyphen/><w:t>丁</w:t>' +
        '<w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="SimSun" w:char="2116"/></w:r>' +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>软\u00ad连字符</w:t></w:r></w:p>',
    );
    expect(texts(doc)).toEqual(['随州市商务局', '2024年1月3日', '甲\t乙丙-丁№显示', '软连字符']);
    expect(doc.blocks[0]!.loc).toEqual({ paragraph: 1 });
    expect(doc.blocks[1]!.loc).toEqual({ paragraph: 1 });
  });

  it('reads a text box where it is anchored, once, though DrawingML and VML both carry it', () => {
    const box = (text: string): string => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const doc = read(
      p('标题') +
        '<w:p><w:r><w:t>锚点前</w:t></w:r><w:r><mc:AlternateContent>' +
        `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('发布日期：2024-01-02')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box('发布日期：2024-01-02')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
        '</mc:AlternateContent></w:r><w:r><w:t>锚点后</w:t></w:r></w:p>' +
        p('一、总体情况'),
    );
    expect(texts(doc)).toEqual(['标题', '锚点前', '发布日期：2024-01-02', '锚点后', '一、总体情况']);
  });

  it('ignores DrawingML text outside text boxes and the old formatting kept by tracked property changes', () => {
    const doc = read(
      '<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>' +
        '<w:r><w:drawing><a:graphic><a:t>图中文字</a:t></a:graphic></w:drawing><w:t>正文</w:t></w:r></w:p>',
      { body: '', styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' },
    );
    expect(doc.blocks).toEqual([{ kind: 'text', text: '正文', loc: { paragraph: 1 } }]);
  });

  it('reads content controls, but not the placeholder an empty one shows', () => {
    const doc = read(
      `<w:sdt><w:sdtPr><w:alias w:val="机关名称"/></w:sdtPr><w:sdtContent>${p('随州市商务局')}</w:sdtContent></w:sdt>` +
        `<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p('单击或点击此处输入文字。')}</w:sdtContent></w:sdt>` +
        `<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>2024年1月3日</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
    );
    expect(texts(doc)).toEqual(['随州市商务局', '2024年1月3日']);
  });

  it('gives heading levels from outline levels, heading style names and basedOn chains', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>';
    const doc = read(
      p('一级', '<w:pStyle w:val="1"/>') +
        p('二级', '<w:pStyle w:val="a3"/>') +
        p('继承', '<w:pStyle w:val="Mine"/>') +
        p('直接大纲级别', '<w:outlineLvl w:val="2"/>') +
        p('正文级别', '<w:pStyle w:val="Body"/>') +
        p('默认'),
      { body: '', styles },
    );
    expect(doc.blocks.map((b) => (b.kind === 'text' ? [b.text, b.headingLevel] : null))).toEqual([
      ['一级', 1],
      ['二级', 2],
      ['继承', 1],
      ['直接大纲级别', 3],
      ['正文级别', undefined],
      ['默认', undefined],
    ]);
  });

  it('takes the title hint from the core properties and tells Traditional script', () => {
    const doc = read(p('撫遠市2023年政府信息公開工作年度報告') + p('本年度，我市認真貫徹落實《條例》，機構職責明確，處理申請數據準確。'), {
      body: '',
      core: '<dc:title>撫遠市2023年政府信息公開工作年度報告</dc:title>',
    });
    expect(doc.hints).toEqual({ title: '撫遠市2023年政府信息公開工作年度報告' });
    expect(doc.script).toBe('traditional');
  });
});
