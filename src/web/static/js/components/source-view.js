// @ts-check
/**
 * The original beside the form: a text file line by line with its line numbers, or the blocks the
 * reader found in a web page, Word file or PDF — always inserted as text, never as markup — and a
 * highlight that follows the finding or cell chosen.
 */
import { h } from '../dom.js';

/**
 * @typedef {{ kind: 'text', id: string, text: string, heading?: number, page?: number }} TextBlock
 * @typedef {{ kind: 'table', id: string, page?: number, rows: { id: string, text: string, rowSpan: number, colSpan: number }[][] }} TableBlock
 * @typedef {{ mode: 'text', format: string, lines: string[], truncated: boolean } | { mode: 'blocks', format: string, blocks: (TextBlock | TableBlock)[], truncated: boolean } | { mode: 'none', message: string }} SourceView
 */

const FORMATS = { txt: '文本', md: 'Markdown', html: '网页', docx: 'Word', doc: 'Word（DOC）', pdf: 'PDF' };

/** @param {SourceView} view */
export function sourceView(view) {
  if (view.mode === 'none') return h('div', { class: 'alert warn' }, view.message);
  const note = h('div', { class: 'muted small source-note' }, `原文格式：${FORMATS[/** @type {keyof typeof FORMATS} */ (view.format)] ?? view.format}`, view.mode === 'blocks' ? '（显示读取出的文字和表格，不含原网页/文档的样式）' : '', view.truncated ? '；原文过长，只显示前一部分' : '');
  if (view.mode === 'text') {
    return h(
      'div',
      { class: 'source' },
      note,
      h(
        'ol',
        { class: 'source-lines' },
        view.lines.map((line, i) => h('li', { dataset: { anchor: `L${i + 1}` } }, h('span', { class: 'ln' }, i + 1), h('span', { class: 'tx' }, line === '' ? ' ' : line))),
      ),
    );
  }
  let page = 0;
  /** @type {HTMLElement[]} */
  const parts = [];
  for (const block of view.blocks) {
    if (block.page && block.page !== page) {
      page = block.page;
      parts.push(h('div', { class: 'page-mark' }, `第 ${page} 页`));
    }
    if (block.kind === 'text') parts.push(h(block.heading ? 'h4' : 'p', { dataset: { anchor: block.id } }, block.text));
    else
      parts.push(
        h(
          'table',
          { class: 'source-table', dataset: { anchor: block.id } },
          h(
            'tbody',
            null,
            block.rows.map((row) => h('tr', null, row.map((c) => h('td', { dataset: { anchor: c.id }, rowspan: c.rowSpan > 1 ? c.rowSpan : null, colspan: c.colSpan > 1 ? c.colSpan : null }, c.text)))),
          ),
        ),
      );
  }
  return h('div', { class: 'source blocks' }, note, ...parts);
}

/**
 * Highlights the anchors (and scrolls the first into view); returns whether any was found.
 * @param {HTMLElement} container
 * @param {(string | null | undefined)[]} anchors
 */
export function highlightSource(container, anchors) {
  for (const el of container.querySelectorAll('.hl')) el.classList.remove('hl');
  let first = null;
  for (const anchor of anchors) {
    if (!anchor) continue;
    const el = container.querySelector(`[data-anchor="${CSS.escape(anchor)}"]`);
    if (el) {
      el.classList.add('hl');
      first ??= el;
    }
  }
  first?.scrollIntoView({ block: 'center' });
  return first !== null;
}
