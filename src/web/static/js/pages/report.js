// @ts-check
/**
 * 报告页: three panes on one screen — the findings grouped by table and section, the tables laid
 * out like the official form with each finding on its cell, and the original with the line or
 * cell of the chosen finding highlighted. Corrections of unit and year are made here and kept.
 */
import { download, get, patch, qs } from '../api.js';
import { formatTime, h, mount } from '../dom.js';
import { go } from '../router.js';
import { formTable } from '../components/form-table.js';
import { highlightSource, sourceView } from '../components/source-view.js';
import { busy, countBadges, dialog, errorBox, errorMessage, loading, severityBadge, STATUS, toast } from '../ui.js';

/** @typedef {import('../components/form-table.js').FindingView} FindingView */

/**
 * @param {HTMLElement} el
 * @param {number} id
 */
export async function reportPage(el, id) {
  mount(el, loading());
  /** @type {any} */
  let r;
  try {
    r = await get(`/api/reports/${id}`);
  } catch (error) {
    mount(el, errorBox(error));
    return;
  }
  el.className = 'full';
  /** @type {FindingView[]} */
  const findings = r.findings;
  /** @type {Map<string, FindingView[]>} */
  const byCell = new Map();
  for (const f of findings) for (const c of f.cells) byCell.set(c.path, [...(byCell.get(c.path) ?? []), f]);

  const sourcePane = h('div', { class: 'pane source-pane' }, loading('正在载入原文…'));
  const formPane = h('div', { class: 'pane form-pane' });
  const listPane = h('div', { class: 'pane findings-pane' });
  const popover = h('div', { class: 'popover', hidden: true });

  /** Marks the chosen cells in the form and the place in the original. */
  const select = (/** @type {string[]} */ paths, /** @type {(string | null)[]} */ anchors, /** @type {HTMLElement | null} */ item) => {
    for (const x of formPane.querySelectorAll('.sel')) x.classList.remove('sel');
    for (const x of listPane.querySelectorAll('.finding.active')) x.classList.remove('active');
    item?.classList.add('active');
    let first = null;
    for (const path of paths) {
      const td = formPane.querySelector(`td[data-path="${CSS.escape(path)}"]`);
      if (td) {
        td.classList.add('sel');
        first ??= td;
      }
    }
    first?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const found = highlightSource(sourcePane, anchors.length > 0 ? anchors : paths.map((p) => r.cellAnchors[p]));
    if (!found && (anchors.some(Boolean) || paths.length > 0)) sourcePane.querySelector('.source-note')?.setAttribute('data-miss', '原文中未能定位');
  };

  /** @param {FindingView} f */
  const findingItem = (f) => {
    const item = h(
      'li',
      { class: `finding sev-${f.severity}`, tabindex: 0, dataset: { finding: String(f.id) } },
      h('div', { class: 'finding-head' }, severityBadge(f.severity), h('span', { class: 'rule' }, f.ruleTitle)),
      h('div', { class: 'message' }, f.message),
      f.cells.length ? h('div', { class: 'cells small' }, '涉及：', f.cells.map((c) => c.name).join('；')) : null,
      f.ruleDescription ? h('details', { class: 'small' }, h('summary', null, '规则要求'), h('p', null, f.ruleDescription)) : null,
    );
    const choose = () => select(f.cells.map((c) => c.path), [f.anchor ?? (f.cells[0] ? r.cellAnchors[f.cells[0].path] : null)], item);
    item.addEventListener('click', (e) => {
      if (!(e.target instanceof HTMLElement && e.target.closest('details'))) choose();
    });
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') choose();
    });
    return item;
  };

  // Findings, grouped by table and section.
  mount(
    listPane,
    h('h2', { class: 'pane-title' }, `问题（${findings.length}）`),
    findings.length === 0
      ? h('p', { class: 'ok-note' }, '未发现问题：表格勾稽关系、年度、期限和结构检查均已通过。')
      : r.groups.map((/** @type {any} */ g) =>
          h(
            'section',
            { class: 'finding-group' },
            h('h3', null, g.label, h('span', { class: 'group-counts' }, g.counts.error ? h('span', { class: 'badge sev-error' }, g.counts.error) : null, g.counts.warning ? h('span', { class: 'badge sev-warning' }, g.counts.warning) : null, g.counts.info ? h('span', { class: 'badge sev-info' }, g.counts.info) : null)),
            h('ul', { class: 'findings' }, findings.filter((f) => f.group === g.key).map(findingItem)),
          ),
        ),
  );

  // The form (and the sections' text behind a tab).
  const onCell = (/** @type {string} */ path, /** @type {HTMLElement} */ td) => {
    const list = byCell.get(path) ?? [];
    // The cell's own place in the original first; a finding's place when the cell was not located.
    select([path], [r.cellAnchors[path] ?? list[0]?.anchor ?? null], null);
    if (list.length === 0) {
      popover.hidden = true;
      return;
    }
    mount(popover, h('button', { type: 'button', class: 'icon', title: '关闭', onclick: () => (popover.hidden = true) }, '×'), list.map((f) => h('div', { class: 'pop-item' }, severityBadge(f.severity), h('strong', null, f.ruleTitle), h('p', null, f.message), f.ruleDescription ? h('p', { class: 'muted small' }, `规则要求：${f.ruleDescription}`) : null)));
    popover.hidden = false;
    const box = td.getBoundingClientRect();
    const pane = formPane.getBoundingClientRect();
    popover.style.top = `${box.bottom - pane.top + formPane.scrollTop + 4}px`;
    popover.style.left = `${Math.max(0, Math.min(box.left - pane.left + formPane.scrollLeft, formPane.scrollWidth - 380))}px`;
  };
  const tablesView = h('div', { class: 'tables' }, r.tables.length === 0 ? h('p', { class: 'muted' }, '没有读取到统计表格。') : r.tables.map((/** @type {any} */ t) => formTable(t, byCell, onCell)));
  const sectionsView = h(
    'div',
    { class: 'sections', hidden: true },
    r.sections.map((/** @type {any} */ s) => h('section', null, h('h3', null, s.title), h('div', { class: 'section-text' }, s.text || '（无文字）'))),
  );
  const tabTables = h('button', { type: 'button', class: 'tab active' }, '表格');
  const tabSections = h('button', { type: 'button', class: 'tab' }, '正文');
  tabTables.addEventListener('click', () => {
    tablesView.hidden = false;
    sectionsView.hidden = true;
    tabTables.classList.add('active');
    tabSections.classList.remove('active');
  });
  tabSections.addEventListener('click', () => {
    tablesView.hidden = true;
    sectionsView.hidden = false;
    popover.hidden = true;
    tabSections.classList.add('active');
    tabTables.classList.remove('active');
  });
  mount(formPane, h('div', { class: 'tabs' }, tabTables, tabSections, h('span', { class: 'muted small legend' }, h('span', { class: 'swatch mark-error' }), '错误 ', h('span', { class: 'swatch mark-warning' }), '警告 ', '点击单元格查看问题和原文位置')), tablesView, sectionsView, popover);

  mount(el, header(r), h('div', { class: 'report-grid' }, listPane, formPane, sourcePane));

  try {
    const { view } = await get(`/api/reports/${id}/source`);
    mount(sourcePane, h('h2', { class: 'pane-title' }, '原文', h('button', { type: 'button', class: 'link small', onclick: (/** @type {Event} */ e) => busy(/** @type {HTMLButtonElement} */ (e.currentTarget), () => download(`/api/reports/${id}/original`)) }, '下载原件')), sourceView(view));
    const firstError = findings.find((f) => f.severity === 'error') ?? findings[0];
    if (firstError) listPane.querySelector(`[data-finding="${firstError.id}"]`)?.dispatchEvent(new Event('click'));
  } catch (error) {
    mount(sourcePane, h('h2', { class: 'pane-title' }, '原文'), errorBox(error));
  }
}

/** The bar above the panes: who, which year, on time or late, the counts, and what one can do. */
function header(/** @type {any} */ r) {
  const unit = r.unit ? h('a', { href: `#/units/${r.unit.id}` }, r.unit.name) : h('span', null, r.agencyAsRead ?? '（未写明机关）', h('span', { class: 'badge sev-warning' }, '单位待确认'));
  const deadline = r.deadline
    ? h('span', { class: `badge st-${r.deadline.status}`, title: `期限 ${r.deadline.date}（${r.deadline.source}）` }, r.deadline.status === 'late' ? `逾期 ${r.deadline.daysLate} 天` : STATUS[/** @type {keyof typeof STATUS} */ (r.deadline.status)])
    : null;
  const others = r.otherReports.filter((/** @type {any} */ o) => o.id !== r.id && o.isPrimary);
  const compare = h('select', { 'aria-label': '与其他年度对比' }, h('option', { value: '' }, '与其他年度对比…'), others.map((/** @type {any} */ o) => h('option', { value: o.id }, `${o.year ?? '年度不明'} 年度`)));
  compare.addEventListener('change', () => {
    const other = others.find((/** @type {any} */ o) => String(o.id) === compare.value);
    if (!other) return;
    // The earlier year on the left, as one reads a change.
    const [a, b] = (other.year ?? 0) <= (r.year ?? 0) ? [other.id, r.id] : [r.id, other.id];
    go(`/compare${qs({ a, b })}`);
  });
  return h(
    'div',
    { class: 'report-head' },
    h(
      'div',
      { class: 'title' },
      h('h1', null, unit, ' ', r.year ? `${r.year} 年度` : '（年度不明）'),
      h(
        'div',
        { class: 'meta' },
        r.template ? h('span', { class: 'badge' }, r.template === 'legacy' ? '旧版统计表' : `${r.template} 年版格式`) : null,
        deadline,
        countBadges(r.counts),
        h('span', { class: 'muted small' }, `发布日期 ${r.publishDate ?? '不详'}`, r.deadline ? `，期限 ${r.deadline.date}` : '', ` · ${r.file}`),
        r.corrections.length ? h('span', { class: 'badge', title: r.corrections.map((/** @type {any} */ c) => `${formatTime(c.at)} ${c.username}：${c.field === 'unit' ? '单位' : '年度'} ${c.oldValue ?? '无'} → ${c.newValue}`).join('\n') }, `已更正 ${r.corrections.length} 次`) : null,
        r.isPrimary ? null : h('span', { class: 'badge', title: '同一单位同一年度还有另一份文件，统计以那一份为准' }, '副本'),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      others.length ? compare : null,
      r.canCorrect ? h('button', { type: 'button', onclick: () => correctionDialog(r) }, '更正单位/年度') : null,
      h('button', { type: 'button', onclick: (/** @type {Event} */ e) => busy(/** @type {HTMLButtonElement} */ (e.currentTarget), () => download(`/api/reports/${r.id}/export.xlsx`)) }, '导出 Excel'),
      r.unit ? h('button', { type: 'button', onclick: (/** @type {Event} */ e) => busy(/** @type {HTMLButtonElement} */ (e.currentTarget), () => download(`/api/units/${r.unit.id}/opinion.docx${qs({ year: r.year })}`)) }, '审查意见') : null,
    ),
  );
}

/** Correcting the unit or the year, with the history of corrections. */
function correctionDialog(/** @type {any} */ r) {
  dialog('更正报告的单位或年度', (close) => {
    const search = h('input', { type: 'search', placeholder: '输入单位名称的一部分查找', 'aria-label': '查找单位' });
    const units = h('select', { size: 6, class: 'unit-list', 'aria-label': '单位' });
    const year = h('input', { type: 'number', min: 2000, max: 2100, value: r.year ?? '', 'aria-label': '年度' });
    const note = h('textarea', { rows: 2, placeholder: '更正原因（可选）', maxlength: 500 });
    const message = h('div', { class: 'form-error', role: 'alert' });
    const save = h('button', { type: 'submit', class: 'primary' }, '保存更正');
    const find = async () => {
      try {
        const body = await get(`/api/units${qs({ q: search.value })}`);
        mount(units, body.items.map((/** @type {any} */ u) => h('option', { value: u.id, ...(r.unit && u.id === r.unit.id ? { selected: true } : {}) }, `${u.name}（${u.regionName ?? ''}）`)));
      } catch (error) {
        message.textContent = errorMessage(error);
      }
    };
    search.addEventListener('input', () => void find());
    search.value = r.unit?.name ?? r.agencyAsRead ?? '';
    void find();
    const form = h(
      'form',
      { class: 'stack' },
      h('p', { class: 'muted small' }, `报告中写的机关：${r.agencyAsRead ?? '（无）'}；年度：${r.yearAsRead ?? '（不详）'}。更正后原文不变，更正记录永久保留。`),
      r.match.candidate ? h('p', { class: 'alert warn' }, `系统认为可能是“${r.match.candidate.name}”，请确认。`) : null,
      h('label', null, '所属单位', search, units),
      h('label', null, '年度', year),
      h('label', null, '说明', note),
      message,
      h('div', { class: 'buttons' }, save, h('button', { type: 'button', onclick: close }, '取消')),
      h('h3', null, '更正记录'),
      r.corrections.length === 0
        ? h('p', { class: 'muted' }, '没有更正过。')
        : h('ul', { class: 'history' }, r.corrections.map((/** @type {any} */ c) => h('li', null, `${formatTime(c.at)} ${c.username}：${c.field === 'unit' ? '单位' : '年度'} “${c.oldValue ?? '无'}” → “${c.newValue}”`, c.note ? `（${c.note}）` : ''))),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      message.textContent = '';
      /** @type {Record<string, unknown>} */
      const body = { note: note.value || undefined };
      if (units.value && Number(units.value) !== r.unit?.id) body.unitId = Number(units.value);
      if (year.value && Number(year.value) !== r.year) body.year = Number(year.value);
      if (body.unitId === undefined && body.year === undefined) {
        message.textContent = '没有改动。';
        return;
      }
      save.disabled = true;
      try {
        await patch(`/api/reports/${r.id}`, body);
        close();
        toast('已更正，并记录了更正人和时间。');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      } catch (error) {
        message.textContent = errorMessage(error);
      } finally {
        save.disabled = false;
      }
    });
    return form;
  });
}
