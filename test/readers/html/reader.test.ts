/** The HTML reader on small pages, one behaviour each: what becomes a line, a table, a hint, an error. */
import { describe, expect, it } from 'vitest';
import type { Block, SourceDocument, TableBlock } from '../../../src/model/document.js';
import { readHtml } from '../../../src/readers/html/html-reader.js';
import { encodeGbk } from '../../fixtures/html/gbk.js';

const utf8 = (html: string): Uint8Array => new TextEncoder().encode(html);
const read = (html: string | Uint8Array): Promise<SourceDocument> => readHtml(typeof html === 'string' ? utf8(html) : html);
const texts = (doc: SourceDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const cells = (table: TableBlock): string[][] => table.rows.map((row) => row.map((c) => c.text));

/** A report body long enough to be told from the chrome (six section headings). */
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const body = SECTIONS.map((s) => `<p>${s}</p><p>本年度工作正常开展。</p>`).join('\n');

describe('text lines', () => {
  it('one line per paragraph and per <br>-separated run; inline tags dissolve; headings keep their level', async () => {
    const doc = await read(`<div><h2>某某局2023年政府信息公开工作年度报告</h2><p>第一<b>段</b><span style="color:red">落</span></p>第二行<br>第三行<br/><br>第四行</div>`);
    expect(texts(doc)).toEqual(['某某局2023年政府信息公开工作年度报告', '第一段落', '第二行', '第三行', '第四行']);
    expect(doc.blocks[0]).toMatchObject({ headingLevel: 2 });
    expect(doc.blocks[1]).not.toHaveProperty('headingLevel');
  });

  it('whitespace collapses as a browser prints it, and a source line break between Chinese characters disappears', async () => {
    const doc = await read('<p>政府信息\n   公开&nbsp;&nbsp;工作\u200b年度  2023\n年</p><p>\u3000\u3000首行缩进</p>');
    expect(texts(doc)).toEqual(['政府信息公开 工作年度 2023 年', '首行缩进']);
  });

  it('scripts, styles, forms, iframes, hidden elements and other chrome are dropped with their content', async () => {
    const doc = await read(
      `<style>p{}</style><script>document.write("<p>一、总体情况</p>")</script><noscript>请启用脚本</noscript>` +
        `<form><input value="搜索"><select><option>选项</option></select><button>提交</button>检索</form>` +
        `<iframe src="x"></iframe><svg><text>图</text></svg><div style="display: none">隐藏</div><span hidden>也隐藏</span>` +
        `<template><p>模板</p></template><p>正文</p>`,
    );
    expect(texts(doc)).toEqual(['检索', '正文']);
  });

  it('each block is located at its start tag (1-based line and column of the decoded source)', async () => {
    const doc = await read('<html>\r\n<body>\r\n  <p>甲</p>\n\t<div>乙<br>丙</div>\r<table><tr><td>a</td><td>1</td></tr>\n<tr> <td>b</td><td>2</td></tr></table>');
    expect(doc.blocks.map((b) => [b.kind === 'text' ? b.text : 'table', b.loc])).toEqual([
      ['甲', { line: 3, column: 3 }],
      ['乙', { line: 4, column: 2 }],
      ['丙', { line: 4, column: 12 }],
      ['table', { line: 5, column: 1 }],
    ]);
    expect(tables(doc)[0]!.rows[1]![0]!.loc).toEqual({ line: 6, column: 6 });
  });

  it('Traditional script is detected on the report text', async () => {
    const doc = await read('<p>一、總體情況</p><p>本機關認真執行條例，網站公開資訊，辦理申請並及時答覆，未發生行政復議及訴訟。</p>');
    expect(doc.script).toBe('traditional');
    expect((await read(`<p>${'本机关认真执行条例，网站公开信息。'.repeat(3)}</p>`)).script).toBe('simplified');
  });
});

describe('tables', () => {
  it('a cell is its lines joined by a space, digit fragments joined without one; Word markers and &nbsp; are nothing', async () => {
    const doc = await read(
      `<table><tr><td><p><span>申请人情</span><span>况</span><o:p></o:p></p></td><td><p>商业</p><p>企业</p></td><td>结果<br>维持</td></tr>` +
        `<tr><td><p><span lang=EN-US>21</span></p><p>147</p></td><td><span><o:p>&nbsp;</o:p></span></td><td>&nbsp;6&nbsp;</td></tr></table>`,
    );
    expect(cells(tables(doc)[0]!)).toEqual([
      ['申请人情况', '商业 企业', '结果 维持'],
      ['21147', '', '6'],
    ]);
  });

  it('spans are kept as the source states them, read as browsers do: clamped, ending with the table, junk read as 1', async () => {
    const doc = await read(
      `<table><tr><td rowspan="0">a</td><td colspan="2 ">b</td><td colspan="abc">c</td></tr><tr><td colspan="99999">d</td><td rowspan="65534">f</td></tr><tr><td rowspan=3>e</td></tr></table>`,
    );
    const spans = tables(doc)[0]!.rows.map((row) => row.map((c) => [c.text, c.rowSpan, c.colSpan]));
    expect(spans).toEqual([[['a', 3, 1], ['b', 1, 2], ['c', 1, 1]], [['d', 1, 1000], ['f', 2, 1]], [['e', 1, 1]]]);
  });

  it('rows in thead/tbody/tfoot are one table; a caption and stray text print before it', async () => {
    const doc = await read(`<table><caption>表1</caption>零散<thead><tr><th>项目</th><th>数</th></tr></thead><tbody><tr><td>规章</td><td>0</td></tr></tbody></table>`);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : cells(b)))).toEqual(['零散', '表1', [['项目', '数'], ['规章', '0']]]);
  });

  it('a layout table (its cells hold tables or whole paragraphs of text) is read through, its data tables kept', async () => {
    const doc = await read(
      `<table width="1000"><tr><td><table><tr><td>行政许可</td><td>5</td></tr><tr><td>行政处罚</td><td>0</td></tr></table></td>` +
        `<td>侧栏</td></tr></table><table><tr><td><h1>标题</h1></td><td>x</td></tr></table><table><tr><td>单独一格的框</td></tr></table>`,
    );
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : cells(b)))).toEqual([
      [['行政许可', '5'], ['行政处罚', '0']],
      '侧栏',
      '标题',
      'x',
      '单独一格的框',
    ]);
  });

  it('a <pre> block is read as plain text: its own lines, pipe rows as a table, located in the page', async () => {
    const doc = await read('<body>\n<pre>一、总体情况\n信息内容 | 本年制发件数\n规章 | 0\n行政许可      53\n</pre></body>');
    expect(doc.blocks.map((b) => (b.kind === 'text' ? [b.text, b.loc] : [cells(b), b.loc]))).toEqual([
      ['一、总体情况', { line: 2, column: 6 }],
      [[['信息内容', '本年制发件数'], ['规章', '0']], { line: 3, column: 1 }],
      ['行政许可      53', { line: 5, column: 1 }],
    ]);
  });

  it('several report tables stay several tables', async () => {
    const doc = await read('<table><tr><td>规章</td><td>0</td></tr></table><p>二</p><table><tr><td>行政许可</td><td>1</td></tr></table>');
    expect(tables(doc)).toHaveLength(2);
  });
});

describe('finding the report on a page', () => {
  const page = (content: string, extra = ''): string =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某局2023年政府信息公开工作年度报告 - 某某市人民政府</title></head><body>` +
    `<div class="header"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开</a></li></ul><div class="date">2025年1月1日 星期三</div></div>` +
    `<div class="sidebar"><h3>信息公开目录</h3><ul><li><a>2022年政府信息公开工作年度报告</a></li></ul></div>` +
    `<div class="main">${extra}${content}</div>` +
    `<div class="footer"><p>主办单位：某某市人民政府办公室 地址：人民路1号 电话：0000-1234567</p><p>网站标识码：1234567890 京ICP备12345678号</p></div></body></html>`;

  it('takes the element holding the report and the title printed just above it, nothing else', async () => {
    const doc = await read(page(`<h1>某某局2023年政府信息公开工作年度报告</h1><div class="info">发布时间：2024-01-15 来源：某某局</div><div class="content">${body}</div>`));
    expect(texts(doc)).toEqual(['某某局2023年政府信息公开工作年度报告', '发布时间：2024-01-15 来源：某某局', ...SECTIONS.flatMap((s) => [s, '本年度工作正常开展。'])]);
  });

  it('the page metadata table outside the body gives the publication date; <title> the title without the site', async () => {
    const meta = `<table class="xxgk"><tr><td>索引号：</td><td>000/2024-1</td><td>发布机构：</td><td>某某局</td></tr><tr><td>成文日期：</td><td>2024-01-10</td><td>公开日期：</td><td>2024年1月17日</td></tr></table>`;
    const doc = await read(page(`<div class="content">${body}</div>`, meta));
    expect(tables(doc)).toEqual([]);
    expect(doc.hints).toEqual({ title: '某某局2023年政府信息公开工作年度报告', publishDate: '2024-01-17' });
  });

  it('a metadata table inside the body is left out as well', async () => {
    const doc = await read(page(`<div class="content"><table><tr><th>索 引 号</th><td>1</td></tr><tr><th>发布日期</th><td>2024-02-01</td></tr></table>${body}</div>`));
    expect(tables(doc)).toEqual([]);
    expect(texts(doc)[0]).toBe(SECTIONS[0]);
  });

  it('publication dates from <meta> tags when the page prints none', async () => {
    const doc = await read(`<html><head><meta name="PubDate" content="2024-01-05 10:00"></head><body>${body}</body></html>`);
    expect(doc.hints).toEqual({ publishDate: '2024-01-05' });
  });

  it('a page without report vocabulary is read whole (the extractor then says it is not a report)', async () => {
    const doc = await read('<html><body><div><p>欢迎访问</p><p>今日新闻</p></div></body></html>');
    expect(texts(doc)).toEqual(['欢迎访问', '今日新闻']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['html-no-report-text']);
  });
});

describe('character sets', () => {
  const chinese = '<p>一、总体情况</p><p>本机关认真执行《条例》，“三安全一稳定”。</p>';
  const expectRead = (doc: SourceDocument, warnings: string[] = []): void => {
    expect(texts(doc)).toEqual(['一、总体情况', '本机关认真执行《条例》，“三安全一稳定”。']);
    expect(doc.warnings.map((w) => w.code).filter((code) => code.startsWith('html-charset'))).toEqual(warnings);
  };

  it('GBK declared with <meta charset>', async () => expectRead(await read(encodeGbk(`<html><head><meta charset="gbk"></head><body>${chinese}</body></html>`))));
  it('GB2312 declared with http-equiv', async () =>
    expectRead(await read(encodeGbk(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">${chinese}`))));
  it('GBK not declared at all (not valid UTF-8, so GB18030)', async () => expectRead(await read(encodeGbk(`<html><body>${chinese}</body></html>`))));
  it('UTF-8 with a byte-order mark', async () => expectRead(await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<p>一、总体情况</p><p>本机关认真执行《条例》，“三安全一稳定”。</p>`)]))));
  it('a GBK declaration on a page re-saved as UTF-8 (a crawler) is overruled, with a warning', async () =>
    expectRead(await read(`<meta charset="gb2312">${chinese}`), ['html-charset-mismatch']));
  it('a UTF-8 declaration on GBK bytes is overruled, with a warning', async () =>
    expectRead(await read(encodeGbk(`<meta charset="utf-8">${chinese}`)), ['html-charset-mismatch']));
});

describe('input that is not a page', () => {
  it('binary junk is a clear error', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 31);
    junk.set(utf8('<html>'), 0);
    await expect(read(junk)).rejects.toMatchObject({ name: 'ReadError', code: 'html-garbled' });
  });

  it('nesting deeper than the limit is a clear error, not a long wait', async () => {
    await expect(read('<div>'.repeat(100_000) + '一、总体情况')).rejects.toMatchObject({ name: 'ReadError', code: 'html-too-deep' });
  });

  it('nesting just under the limit is read', async () => {
    const doc = await read('<div>'.repeat(1990) + '<p>深处</p>' + '</div>'.repeat(1990));
    expect(texts(doc)).toEqual(['深处']);
  });
});

export type { Block };
