// @ts-check
/** 报告: every report the user may see, searchable by unit, agency or file name, by year, with errors only. */
import { get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { setQuery } from '../router.js';
import { isAdmin } from '../session.js';
import { countBadges, pageHead, section } from '../ui.js';

const PAGE = 50;

/**
 * @param {HTMLElement} el
 * @param {import('../router.js').Route} route
 */
export function reportsPage(el, route) {
  const q = h('input', { type: 'search', placeholder: '单位、机关名称或文件名', value: route.query.get('q') ?? '', 'aria-label': '搜索报告' });
  const year = h('input', { type: 'number', min: 2000, max: 2100, placeholder: '年度', value: route.query.get('year') ?? '', class: 'year', 'aria-label': '年度' });
  const errors = h('input', { type: 'checkbox', ...(route.query.get('errors') === '1' ? { checked: true } : {}) });
  const unassigned = h('input', { type: 'checkbox', ...(route.query.get('match') === 'unassigned' ? { checked: true } : {}) });
  const results = h('div');
  let offset = Number(route.query.get('offset') ?? 0) || 0;

  const load = () => {
    setQuery({ q: q.value, year: year.value, errors: errors.checked ? '1' : null, match: unassigned.checked ? 'unassigned' : null, offset: offset || null });
    return section(results, async () => {
      const body = await get(`/api/reports${qs({ q: q.value, year: year.value, errors: errors.checked ? 1 : null, match: unassigned.checked ? 'unassigned' : null, offset, limit: PAGE })}`);
      if (body.items.length === 0) return h('p', { class: 'muted' }, '没有符合条件的报告。');
      const pager = h(
        'div',
        { class: 'pager' },
        `共 ${body.total} 份，第 ${offset + 1}–${offset + body.items.length} 份 `,
        h('button', { type: 'button', disabled: offset === 0, onclick: () => ((offset = Math.max(0, offset - PAGE)), load()) }, '上一页'),
        h('button', { type: 'button', disabled: offset + PAGE >= body.total, onclick: () => ((offset += PAGE), load()) }, '下一页'),
      );
      return [
        h(
          'table',
          { class: 'list' },
          h('thead', null, h('tr', null, h('th', null, '单位'), h('th', null, '年度'), h('th', null, '发布日期'), h('th', null, '格式'), h('th', null, '检查结果'), h('th', null, '文件'))),
          h(
            'tbody',
            null,
            body.items.map((/** @type {any} */ r) =>
              h(
                'tr',
                null,
                h('td', null, h('a', { href: `#/reports/${r.id}` }, r.unitName ?? r.agency ?? '（未确定单位）'), r.unitName ? null : h('span', { class: 'badge sev-warning' }, '单位待确认'), r.isPrimary ? null : h('span', { class: 'badge', title: '同一单位同一年度还有另一份文件，以那一份为准' }, '副本')),
                h('td', null, r.year ?? '—'),
                h('td', null, r.publishDate ?? '—'),
                h('td', null, r.template ? `${r.template === 'legacy' ? '旧版' : `${r.template}版`}` : '—'),
                h('td', null, countBadges(r)),
                h('td', { class: 'muted small file' }, r.file),
              ),
            ),
          ),
        ),
        pager,
      ];
    });
  };
  const form = h(
    'form',
    { class: 'filters' },
    q,
    year,
    h('label', { class: 'check' }, errors, '只看有错误的'),
    isAdmin() ? h('label', { class: 'check' }, unassigned, '只看未确定单位的') : null,
    h('button', { type: 'submit', class: 'primary' }, '查找'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    offset = 0;
    void load();
  });
  mount(el, pageHead('报告', h('a', { class: 'button', href: '#/upload' }, '上传报告')), form, results);
  void load();
}
