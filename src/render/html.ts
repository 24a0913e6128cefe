/**
 * A report as a government web page: the tables with rowspan/colspan as the official form has them,
 * optionally inside the chrome of a portal (navigation, scripts, footer) and with Word-exported
 * cell markup, the shapes the HTML reader meets in the wild.
 */
import { toTraditional } from '../text/script.js';
import { draftParts, type ReportDraft } from './draft.js';
import type { Grid } from './grid.js';

export interface HtmlRenderOptions {
  /** A portal page around the report: header, navigation, metadata table, scripts, footer. */
  portal?: boolean;
  /** Cells as Word exports them: <p class=MsoNormal><span>…</span><o:p></o:p></p>. */
  wordCells?: boolean;
  /** Zeros printed as empty cells. */
  blankZeros?: boolean;
  /** The charset the page declares (the caller encodes the bytes accordingly). */
  charset?: 'utf-8' | 'gbk';
  traditional?: boolean;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderHtml(draft: ReportDraft, options: HtmlRenderOptions = {}): string {
  const formatValue = (value: number | null): string => (value === null || (options.blankZeros && value === 0) ? '' : String(value));
  const body: string[] = [];
  for (const part of draftParts(draft, { formatValue })) {
    if (part.kind === 'title') body.push(`<h1 style="text-align:center">${escape(part.text)}</h1>`);
    else if (part.kind === 'heading') body.push(`<p style="text-indent:2em"><strong>${escape(part.text)}</strong></p>`);
    else if (part.kind === 'paragraph') body.push(`<p style="text-indent:2em">${escape(part.text)}</p>`);
    else body.push(table(part.grid, options));
  }
  const content = `<div class="article-content" id="zoom">\n${body.join('\n')}\n</div>`;
  const page = options.portal ? portal(draft, content) : content;
  let html = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="${options.charset ?? 'utf-8'}">\n<title>${escape(`${draft.agency}${draft.year}年政府信息公开工作年度报告`)}</title>\n</head>\n<body>\n${page}\n</body>\n</html>\n`;
  if (options.traditional) html = toTraditional(html);
  return html;
}

function table(grid: Grid, options: HtmlRenderOptions): string {
  const rows = grid.map((row) => {
    const cells = row.map((cell) => {
      const spans = `${(cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
      const text = escape(cell.text);
      const inner = options.wordCells
        ? `<p class="MsoNormal" align="center"><span style="font-size:10.5pt;font-family:宋体">${text}</span><span lang="EN-US"><o:p>${text === '' ? '&nbsp;' : ''}</o:p></span></p>`
        : text;
      return `<td${spans} style="border:1px solid #000;padding:2px">${inner}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function portal(draft: ReportDraft, content: string): string {
  return [
    '<div class="header"><div class="logo"><img src="/images/logo.png" alt="门户网站"></div>',
    '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>',
    '<script>var siteId = "1"; document.write("<span>访问量</span>");</script>',
    '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>',
    '<table class="meta"><tr><td>索引号：</td><td>000000000/2024-00001</td><td>发布机构：</td><td>' + escape(draft.agency) + '</td></tr>',
    `<tr><td>名称：</td><td>${escape(draft.agency)}${draft.year}年政府信息公开工作年度报告</td><td>公开日期：</td><td>${draft.publishDate ?? ''}</td></tr></table>`,
    content,
    '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
    '<div class="footer"><p>主办单位：人民政府办公室　　网站标识码：0000000000</p><p>备案号：苏ICP备00000000号</p></div>',
    '<script src="/js/jquery.min.js"></script><style>.nav li{display:inline}</style>',
  ].join('\n');
}
