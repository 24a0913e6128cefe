// @ts-check
/**
 * 对比: two reports side by side — a unit's two years or two units — problems first, then the
 * table cells that differ, then the text; sentences both share (boilerplate) are folded away.
 */
import { get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { go } from '../router.js';
import { session } from '../session.js';
import { errorBox, loading, pageHead, section, severityBadge } from '../ui.js';

/** @type {Record<string, number>} */
const RANK = { error: 0, warning: 1, info: 2 };

/**
 * A side's chooser: a unit (searched by name) and one of its reports.
 * @param {string} label
 * @param {number | null} unitId
 * @param {number | null} reportId
 * @param {number} defaultIndex which year to preselect without a report (0: the latest; 1: the one before)
 */
function picker(label, unitId, reportId, defaultIndex) {
  const search = h('input', { type: 'search', placeholder: '单位名称', 'aria-label': `${label}单位` });
  const units = h('select', { 'aria-label': `${label}单位列表` });
  const reports = h('select', { 'aria-label': `${label}年度` });
  const loadReports = async () => {
    mount(reports);
    if (!units.value) return;
    const u = await get(`/api/units/${units.value}`);
    const list = u.reports.filter((/** @type {any} */ r) => r.isPrimary);
    const chosen = list.some((/** @type {any} */ r) => r.id === reportId) ? reportId : (list[Math.min(defaultIndex, list.length - 1)]?.id ?? null);
    mount(reports, list.map((/** @type {any} */ r) => h('option', { value: r.id, ...(r.id === chosen ? { selected: true } : {}) }, `${r.year ?? '年度不明'} 年度`)));
  };
  const findUnits = async () => {
    const body = await get(`/api/units${qs({ q: search.value })}`);
    mount(units, body.items.slice(0, 200).map((/** @type {any} */ u) => h('option', { value: u.id, ...(u.id === unitId ? { selected: true } : {}) }, u.name)));
    await loadReports();
  };
  search.addEventListener('input', () => void findUnits());
  units.addEventListener('change', () => void loadReports());
  return {
    el: h('fieldset', { class: 'picker' }, h('legend', null, label), search, units, reports),
    ready: findUnits(),
    value: () => Number(reports.value) || null,
  };
}

/**
 * @param {HTMLElement} el
 * @param {URLSearchParams} query
 */
export async function comparePage(el, query) {
  const a = Number(query.get('a')) || null;
  const b = Number(query.get('b')) || null;
  const result = h('div');
  mount(el, pageHead('对比'), loading());
  /** @type {any} */
  let comparison = null;
  if (a && b) {
    try {
      comparison = await get(`/api/compare${qs({ a, b })}`);
    } catch (error) {
      mount(el, pageHead('对比'), errorBox(error));
      return;
    }
  }
  const ownUnit = session.user?.role === 'clerk' ? session.user.unitId : null;
  const left = picker('左（通常为上一年度）', comparison?.a.unitId ?? ownUnit, a, 1);
  const right = picker('右（通常为本年度）', comparison?.b.unitId ?? ownUnit, b, 0);
  const form = h('form', { class: 'compare-form' }, left.el, right.el, h('button', { type: 'submit', class: 'primary' }, '对比'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const x = left.value();
    const y = right.value();
    if (x && y) go(`/compare${qs({ a: x, b: y })}`);
  });
  mount(el, pageHead('对比'), form, result);
  if (comparison) void section(result, async () => comparisonView(comparison));
  else mount(result, h('p', { class: 'muted' }, '选择两份报告进行对比：同一单位的两个年度，或两个单位的同一年度。'));
}

/** @param {any} c */
function comparisonView(c) {
  const differing = c.cells.filter((/** @type {any} */ x) => x.a !== x.b);
  const showAll = h('input', { type: 'checkbox' });
  const cellRows = h('tbody');
  const drawCells = () =>
    mount(
      cellRows,
      (showAll.checked ? c.cells : differing).map((/** @type {any} */ x) =>
        h('tr', { class: x.a !== x.b ? 'diff' : '' }, h('td', null, x.name), h('td', { class: 'num' }, x.a ?? '—'), h('td', { class: 'num' }, x.b ?? '—'), h('td', { class: `num ${x.diff > 0 ? 'up' : x.diff < 0 ? 'down' : ''}` }, x.diff === null ? '' : x.diff > 0 ? `+${x.diff}` : x.diff)),
      ),
    );
  showAll.addEventListener('change', drawCells);
  drawCells();
  const side = (/** @type {any} */ s) =>
    h(
      'div',
      { class: 'card side' },
      h('h3', null, h('a', { href: `#/reports/${s.id}` }, s.label)),
      h('p', { class: 'muted small' }, `${s.file} · 发布日期 ${s.publishDate ?? '不详'}`),
      s.findings.length === 0 ? h('p', { class: 'ok-note' }, '未发现问题。') : h('ul', { class: 'findings compact' }, [...s.findings].sort((/** @type {any} */ x, /** @type {any} */ y) => RANK[x.severity] - RANK[y.severity]).map((/** @type {any} */ f) => h('li', { class: `finding sev-${f.severity}` }, severityBadge(f.severity), ' ', f.message))),
    );
  return [
    h('h2', null, '一、问题'),
    h('div', { class: 'grid-2' }, side(c.a), side(c.b)),
    h('h2', null, `二、表格数字（${differing.length} 处不同）`),
    h('label', { class: 'check small' }, showAll, '也显示相同的单元格'),
    h('table', { class: 'list cells-diff' }, h('thead', null, h('tr', null, h('th', null, '单元格'), h('th', null, c.a.label), h('th', null, c.b.label), h('th', null, '变化'))), cellRows),
    h('h2', null, '三、正文'),
    h('p', { class: 'muted small' }, '“存在的主要问题及改进情况”排在最前；两份报告都有的语句（不计数字和年份）多为套话，已折叠。'),
    c.sections.map((/** @type {any} */ s) =>
      h(
        'section',
        { class: 'card text-diff' },
        h('h3', null, s.title, s.similarity !== null ? h('span', { class: `badge ${s.similarity >= 0.8 ? 'sev-warning' : ''}` }, `相似度 ${Math.round(s.similarity * 100)}%`) : null),
        h(
          'div',
          { class: 'grid-2' },
          h('div', null, h('div', { class: 'muted small' }, `仅左侧有（${s.onlyA.length} 句）`), s.onlyA.map((/** @type {string} */ t) => h('p', { class: 'only-a' }, t))),
          h('div', null, h('div', { class: 'muted small' }, `仅右侧有（${s.onlyB.length} 句）`), s.onlyB.map((/** @type {string} */ t) => h('p', { class: 'only-b' }, t))),
        ),
        s.common.length ? h('details', null, h('summary', { class: 'small' }, `两份相同的语句 ${s.common.length} 句`), s.common.map((/** @type {string} */ t) => h('p', { class: 'common' }, t))) : null,
      ),
    ),
  ];
}
