// @ts-check
/**
 * 地区: the region tree on the left; on the right the coverage matrix (units × years, missing, late
 * and erroneous reports marked) and the findings across the region, filterable by rule, unit and severity.
 */
import { download, get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { go, setQuery } from '../router.js';
import { nameSearch, regionTree } from '../components/region-tree.js';
import { busy, errorBox, loading, section, severityBadge, STATUS, KIND } from '../ui.js';

/**
 * @param {HTMLElement} el
 * @param {string | null} id
 * @param {URLSearchParams} query
 */
export async function regionPage(el, id, query) {
  mount(el, loading());
  let roots;
  try {
    roots = (await get('/api/regions')).items;
  } catch (error) {
    mount(el, errorBox(error));
    return;
  }
  if (!id) {
    if (roots.length === 0) {
      mount(el, h('div', { class: 'card' }, h('p', null, '还没有单位。上传报告后，系统会按报告中的机关名称建立单位和地区。'), h('a', { class: 'button primary', href: '#/upload' }, '上传报告')));
      return;
    }
    go(`/regions/${encodeURIComponent(roots[0].id)}`);
    return;
  }
  let region;
  try {
    region = await get(`/api/regions/${encodeURIComponent(id)}`);
  } catch (error) {
    mount(el, errorBox(error));
    return;
  }
  el.className = 'full';
  const tab = query.get('tab') === 'findings' ? 'findings' : 'coverage';
  const body = h('div', { class: 'region-body' });
  const tabButton = (/** @type {string} */ key, /** @type {string} */ label) =>
    h('a', { class: `tab${tab === key ? ' active' : ''}`, href: `#/regions/${encodeURIComponent(id)}${qs({ tab: key === 'coverage' ? null : key })}` }, label);
  mount(
    el,
    h(
      'div',
      { class: 'region-grid' },
      h('aside', { class: 'pane tree-pane' }, nameSearch(), regionTree(roots, id, region.lineage.map((/** @type {any} */ l) => l.id), (rid) => `#/regions/${encodeURIComponent(rid)}${qs({ tab: tab === 'coverage' ? null : tab })}`)),
      h(
        'div',
        { class: 'pane region-main' },
        h(
          'div',
          { class: 'page-head' },
          h('div', null, h('div', { class: 'crumbs' }, region.lineage.map((/** @type {any} */ l, /** @type {number} */ i) => [i ? ' › ' : '', h('a', { href: `#/regions/${encodeURIComponent(l.id)}` }, l.name)])), h('h1', null, region.fullName, h('span', { class: 'muted small' }, ` ${region.levelLabel} · ${region.units} 个单位`))),
          h('div', { class: 'actions' }, h('a', { class: 'button', href: `#/dashboard/${encodeURIComponent(id)}` }, '统计图表')),
        ),
        h('div', { class: 'tabs' }, tabButton('coverage', '公开情况'), tabButton('findings', '问题')),
        body,
      ),
    ),
  );
  if (tab === 'coverage') coverageView(body, id, query);
  else findingsView(body, id, query);
}

/**
 * @param {HTMLElement} el
 * @param {string} id
 * @param {URLSearchParams} query
 */
function coverageView(el, id, query) {
  const q = h('input', { type: 'search', placeholder: '单位名称', value: query.get('q') ?? '', 'aria-label': '单位名称' });
  const from = h('input', { type: 'number', min: 2000, max: 2100, class: 'year', value: query.get('from') ?? '', placeholder: '起', 'aria-label': '起始年度' });
  const to = h('input', { type: 'number', min: 2000, max: 2100, class: 'year', value: query.get('to') ?? '', placeholder: '止', 'aria-label': '截止年度' });
  const exportYear = h('select', { 'aria-label': '导出年度' });
  const exportButton = h('button', { type: 'button' }, '导出 Excel');
  exportButton.addEventListener('click', () => busy(exportButton, () => download(`/api/regions/${encodeURIComponent(id)}/export.xlsx?year=${exportYear.value}`)));
  const out = h('div', { class: 'matrix-wrap' });
  const load = () => {
    setQuery({ q: q.value, from: from.value, to: to.value });
    return section(out, async () => {
      const m = await get(`/api/regions/${encodeURIComponent(id)}/coverage${qs({ q: q.value, from: from.value, to: to.value })}`);
      mount(exportYear, [...m.years].reverse().map((/** @type {number} */ y) => h('option', { value: y }, `${y} 年度`)));
      if (!from.value && m.years.length) from.placeholder = String(m.years[0]);
      if (!to.value && m.years.length) to.placeholder = String(m.years[m.years.length - 1]);
      if (m.rows.length === 0) return h('p', { class: 'muted' }, '这个地区还没有单位。');
      let lastRegion = '';
      const rows = [];
      for (const row of m.rows) {
        if (row.regionName !== lastRegion) {
          lastRegion = row.regionName;
          rows.push(h('tr', { class: 'group-row' }, h('th', { colspan: m.years.length + 2, scope: 'rowgroup' }, row.regionName)));
        }
        rows.push(
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, h('a', { href: `#/units/${row.unitId}` }, row.unitName)),
            h('td', { class: 'muted small' }, KIND[/** @type {keyof typeof KIND} */ (row.kind)] ?? row.kind),
            m.years.map((/** @type {number} */ y) => matrixCell(row.cells[y])),
          ),
        );
      }
      return [
        h(
          'div',
          { class: 'legend small' },
          h('span', { class: 'chip st-on-time' }, '按时'),
          h('span', { class: 'chip st-late' }, '逾期'),
          h('span', { class: 'chip st-undated' }, '日期不详'),
          h('span', { class: 'chip st-missing' }, '未公开'),
          h('span', { class: 'chip st-on-time has-errors' }, '有错误'),
          h('span', { class: 'muted' }, '点击格子打开报告'),
        ),
        h(
          'table',
          { class: 'matrix' },
          h(
            'thead',
            null,
            h('tr', null, h('th', null, '单位'), h('th', null, '类别'), m.years.map((/** @type {number} */ y) => h('th', null, `${y}`))),
            h(
              'tr',
              { class: 'totals' },
              h('th', { colspan: 2 }, '合计'),
              m.years.map((/** @type {number} */ y) => {
                const t = m.totals[y];
                return h('th', { class: 'small' }, `按时 ${t['on-time']} · 逾期 ${t.late}`, h('br'), `未公开 ${t.missing} · 有错 ${t.withErrors}`);
              }),
            ),
          ),
          h('tbody', null, rows),
        ),
      ];
    });
  };
  const form = h('form', { class: 'filters' }, q, '年度', from, '—', to, h('button', { type: 'submit', class: 'primary' }, '查看'), h('span', { class: 'spacer' }), exportYear, exportButton);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  mount(el, form, out);
  void load();
}

/** @param {any} cell */
function matrixCell(cell) {
  if (!cell) return h('td', { class: 'cell' });
  const label = cell.status === 'late' ? `逾期${cell.daysLate}天` : cell.status === 'missing' ? '未公开' : cell.status === 'undated' ? '日期不详' : '按时';
  const title = `${STATUS[/** @type {keyof typeof STATUS} */ (cell.status)]}${cell.publishDate ? `，发布 ${cell.publishDate}` : ''}，期限 ${cell.deadline}${cell.reportId ? `；错误 ${cell.errors}、警告 ${cell.warnings}` : ''}`;
  const chip = h('span', { class: `chip st-${cell.status}${cell.errors > 0 ? ' has-errors' : ''}` }, label, cell.errors > 0 ? h('span', { class: 'err' }, `错${cell.errors}`) : null);
  return h('td', { class: 'cell', title }, cell.reportId ? h('a', { href: `#/reports/${cell.reportId}` }, chip) : chip);
}

/**
 * @param {HTMLElement} el
 * @param {string} id
 * @param {URLSearchParams} query
 */
async function findingsView(el, id, query) {
  const rule = h('select', { 'aria-label': '规则' });
  const severity = h('select', { 'aria-label': '严重程度' });
  const unit = h('select', { 'aria-label': '单位' }, h('option', { value: '' }, '全部单位'));
  const year = h('input', { type: 'number', min: 2000, max: 2100, class: 'year', placeholder: '年度', value: query.get('year') ?? '', 'aria-label': '年度' });
  const out = h('div');
  const exportButton = h('button', { type: 'button' }, '导出 Excel');
  let offset = 0;
  const state = { rule: query.get('rule') ?? '', severity: query.get('severity') ?? '', unit: query.get('unit') ?? '' };
  try {
    const units = await get(`/api/units${qs({ region: id })}`);
    for (const u of units.items) unit.appendChild(h('option', { value: u.id, ...(String(u.id) === state.unit ? { selected: true } : {}) }, u.name));
  } catch {
    // The filter still works without the unit list.
  }
  const params = () => ({ rule: rule.value || state.rule, severity: severity.value || state.severity, unit: unit.value, year: year.value });
  exportButton.addEventListener('click', () => busy(exportButton, () => download(`/api/regions/${encodeURIComponent(id)}/findings.xlsx${qs(params())}`)));
  const load = () => {
    const p = params();
    setQuery({ tab: 'findings', ...p });
    return section(out, async () => {
      const body = await get(`/api/regions/${encodeURIComponent(id)}/findings${qs({ ...p, offset, limit: 100 })}`);
      mount(rule, h('option', { value: '' }, '全部规则'), body.rules.map((/** @type {any} */ r) => h('option', { value: r.rule, ...(r.rule === p.rule ? { selected: true } : {}) }, `${r.title}（${r.count}）`)));
      const sev = body.severities;
      mount(
        severity,
        h('option', { value: '' }, '全部严重程度'),
        ['error', 'warning', 'info'].map((s) => h('option', { value: s, ...(s === p.severity ? { selected: true } : {}) }, `${{ error: '错误', warning: '警告', info: '提示' }[s]}（${sev[s] ?? 0}）`)),
      );
      state.rule = p.rule;
      state.severity = p.severity;
      if (body.items.length === 0) return h('p', { class: 'muted' }, '没有符合条件的问题。');
      return [
        h(
          'table',
          { class: 'list findings-table' },
          h('thead', null, h('tr', null, h('th', null, '单位'), h('th', null, '年度'), h('th', null, '程度'), h('th', null, '规则'), h('th', null, '问题'))),
          h(
            'tbody',
            null,
            body.items.map((/** @type {any} */ f) =>
              h('tr', null, h('td', null, h('a', { href: `#/units/${f.unitId}` }, f.unitName)), h('td', null, h('a', { href: `#/reports/${f.reportId}` }, f.year ?? '—')), h('td', null, severityBadge(f.severity)), h('td', { class: 'small' }, f.ruleTitle), h('td', null, f.message)),
            ),
          ),
        ),
        h(
          'div',
          { class: 'pager' },
          `共 ${body.total} 个问题，第 ${offset + 1}–${offset + body.items.length} 个 `,
          h('button', { type: 'button', disabled: offset === 0, onclick: () => ((offset = Math.max(0, offset - 100)), load()) }, '上一页'),
          h('button', { type: 'button', disabled: offset + 100 >= body.total, onclick: () => ((offset += 100), load()) }, '下一页'),
        ),
      ];
    });
  };
  for (const control of [rule, severity, unit]) control.addEventListener('change', () => ((state.rule = rule.value), (state.severity = severity.value), (offset = 0), load()));
  year.addEventListener('change', () => ((offset = 0), load()));
  mount(el, h('div', { class: 'filters' }, rule, severity, unit, year, h('span', { class: 'spacer' }), exportButton), out);
  void load();
}
