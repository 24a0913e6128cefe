/** /api/docs: the OpenAPI document as a page a person reads (every text escaped; no scripts). */
import { escapeHtml } from '../http/escape.js';
import { ERRORS } from '../errors.js';

type Doc = ReturnType<typeof import('./document.js').openApiDocument>;

export function apiDocsPage(doc: Doc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods) as [string, Record<string, any>][]) {
      const params = (op.parameters as { name: string; in: string; required: boolean; description: string }[])
        .map((p) => `<li><code>${escapeHtml(p.name)}</code>（${p.in === 'path' ? '路径' : p.in === 'query' ? '查询' : '请求头'}${p.required ? '，必填' : ''}）：${escapeHtml(p.description)}</li>`)
        .join('');
      const errors = Object.entries(op.responses as Record<string, { description: string }>)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, r]) => `<li><code>${status}</code> ${escapeHtml(r.description)}</li>`)
        .join('');
      const body = op.requestBody ? `<p>请求体：<code>${escapeHtml(Object.keys(op.requestBody.content)[0]!)}</code></p>` : '';
      const html = `<section class="op"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary)}</p><p class="desc">${escapeHtml(op.description).replace(/\n/g, '<br>')}</p>${params ? `<ul>${params}</ul>` : ''}${body}${errors ? `<details><summary>可能的错误</summary><ul>${errors}</ul></details>` : ''}</section>`;
      const tag = (op.tags as string[])[0]!;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`).join('');
  const toc = [...byTag.keys()].map((t) => `<a href="#${escapeHtml(t)}">${escapeHtml(t)}</a>`).join(' · ');
  const codes = Object.entries(ERRORS)
    .map(([code, e]) => `<tr><td><code>${code}</code></td><td>${e.status}</td><td>${escapeHtml(e.message)}</td></tr>`)
    .join('');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>接口文档 — Gongkai</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/docs.css"></head><body><main>
<h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p><p>机器可读的文档：<a href="/openapi.json">/openapi.json</a>（OpenAPI ${doc.openapi}）。版本 ${escapeHtml(doc.info.version)}。</p>
<nav>${toc} · <a href="#errors">错误代码</a></nav>${sections}
<h2 id="errors">错误代码</h2><table><thead><tr><th>代码</th><th>HTTP 状态</th><th>说明</th></tr></thead><tbody>${codes}</tbody></table>
</main></body></html>`;
}
