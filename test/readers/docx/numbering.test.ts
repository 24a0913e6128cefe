/** Word automatic numbering rendered into the text: formats, levels, restarts, shared lists, style-linked lists. */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/readers/docx/number-format.js';
import { readDocxSync } from '../../../src/readers/docx/reader.js';
import { li, list, makeDocx, p } from './make-docx.js';

const texts = (body: string, numbering: string, styles?: string): string[] =>
  readDocxSync(makeDocx(styles === undefined ? { body, numbering } : { body, numbering, styles })).blocks.map((b) => (b.kind === 'text' ? b.text : '[table]'));

const SECTIONS = list(0, 1, [
  { fmt: 'chineseCounting', text: '%1、' },
  { fmt: 'chineseCounting', text: '（%2）' },
  { fmt: 'decimal', text: '%3.' },
]);

describe('DOCX automatic numbering', () => {
  it('numbers section headings 一、二、… with sub-levels that restart under each heading', () => {
    const body =
      li('总体情况', 1) + li('主动公开', 1, 1) + li('依申请公开', 1, 1) + li('属于国家秘密', 1, 2) + li('其他', 1, 2) +
      li('主动公开政府信息情况', 1) + li('规章', 1, 1) + p('正文段落不编号') + li('收到和处理政府信息公开申请情况', 1);
    expect(texts(body, SECTIONS)).toEqual([
      '一、总体情况', '（一）主动公开', '（二）依申请公开', '1.属于国家秘密', '2.其他',
      '二、主动公开政府信息情况', '（一）规章', '正文段落不编号', '三、收到和处理政府信息公开申请情况',
    ]);
  });

  it('starts the levels above a sub-item that comes first, as Word and LibreOffice do', () => {
    // LibreOffice prints this list as （一）（二） 二、 二.一.1 三、 (checked with soffice --convert-to txt).
    const numbering = list(0, 1, [
      { fmt: 'chineseCounting', text: '%1、' },
      { fmt: 'chineseCounting', text: '（%2）' },
      { fmt: 'decimal', text: '%1.%2.%3' },
    ]);
    const body = li('子项甲', 1, 1) + li('子项乙', 1, 1) + li('主项', 1, 0) + li('深', 1, 2) + li('主项二', 1, 0);
    expect(texts(body, numbering)).toEqual(['（一）子项甲', '（二）子项乙', '二、主项', '二.一.1 深', '三、主项二']);
  });

  it('counts past ten in Chinese: 十、十一、十二', () => {
    const body = Array.from({ length: 12 }, (_, i) => li(`第${i + 1}部分`, 1)).join('');
    expect(texts(body, SECTIONS).slice(8)).toEqual(['九、第9部分', '十、第10部分', '十一、第11部分', '十二、第12部分']);
  });

  it('continues a list across instances of one abstract list, and restarts where a start override says so', () => {
    const numbering =
      list(0, 1, [{ fmt: 'chineseCounting', text: '%1、' }]) +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = li('甲', 1) + li('乙', 1) + li('丙', 2) + li('重新开始', 3) + li('继续', 3) + li('再继续', 1);
    expect(texts(body, numbering)).toEqual(['一、甲', '二、乙', '三、丙', '一、重新开始', '二、继续', '三、再继续']);
  });

  it('renders multi-level text, legal numbering, suffixes, and leaves bullets and unknown lists out', () => {
    const numbering =
      list(0, 1, [
        { fmt: 'chineseCounting', text: '第%1章', extra: '<w:suff w:val="space"/>' },
        { fmt: 'decimal', text: '%1.%2', extra: '<w:isLgl/>' },
      ]) +
      list(1, 2, [{ fmt: 'bullet', text: '●' }]) +
      list(2, 3, [{ fmt: 'decimalEnclosedCircle', text: '%1', extra: '<w:suff w:val="nothing"/>' }]) +
      list(3, 4, [{ fmt: 'upperLetter', text: '%1)', start: 3 }]);
    const body = li('总则', 1) + li('适用范围', 1, 1) + li('要点', 2) + li('圆圈', 3) + li('字母', 4) + li('无此列表', 9) + li('不编号', 0);
    expect(texts(body, numbering)).toEqual(['第一章 总则', '1.1 适用范围', '要点', '①圆圈', 'C)字母', '无此列表', '不编号']);
  });

  it('numbers paragraphs through their style, including a list linked through a numbering style', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ReportList"/>' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const body = p('总体情况', '<w:pStyle w:val="H1"/>') + p('主动公开', '<w:pStyle w:val="H2"/>') + p('主动公开政府信息情况', '<w:pStyle w:val="H1"/>') +
      p('关闭编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    expect(texts(body, numbering, styles)).toEqual(['一、总体情况', '（一）主动公开', '二、主动公开政府信息情况', '关闭编号']);
  });

  it('writes counters in the number formats Chinese documents use', () => {
    const cases: [number, string, string][] = [
      [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'],
      [21, 'chineseCountingThousand', '二十一'], [105, 'chineseCounting', '一百零五'], [110, 'chineseCounting', '一百一十'],
      [3, 'chineseLegalSimplified', '叁'], [12, 'chineseLegalSimplified', '拾贰'], [10, 'ideographDigital', '一〇'],
      [2, 'ideographTraditional', '乙'], [1, 'ideographZodiac', '子'], [3, 'decimalEnclosedCircle', '③'], [25, 'decimalEnclosedCircleChinese', '㉕'],
      [4, 'decimalEnclosedParen', '⑷'], [2, 'decimalEnclosedFullstop', '⒉'], [7, 'decimalFullWidth', '７'], [5, 'decimalZero', '05'],
      [14, 'upperRoman', 'XIV'], [4, 'lowerRoman', 'iv'], [28, 'upperLetter', 'BB'], [2, 'lowerLetter', 'b'], [3, 'ordinal', '3rd'],
      [4, 'none', ''], [6, 'hebrew1', '6'],
    ];
    for (const [n, fmt, want] of cases) expect(formatNumber(n, fmt), `${n} ${fmt}`).toBe(want);
  });
});
