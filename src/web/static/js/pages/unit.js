// @ts-check
/** 单位: a unit's reports year by year — on time, late or missing, with their findings — and its review opinion. */
import { download, get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { busy, countBadges, errorBox, loading, pageHead, STATUS } from '../ui.js';

/**
 * @param {HTMLElement} el
 * @param {number} id
 */
export async function unitPage(el, id) {
  mount(el, loading());
  try {
    const u = await get(`/api/units/${id}`);
    const primaries = u.reports.filter((/** @type {any} */ r) => r.isPrimary && r.year !== null);
    const lastTwo = primaries.slice(0, 2);
    mount(
      el,
      pageHead(
        u.name,
        lastTwo.length === 2 ? h('a', { class: 'button', href: `#/compare${qs({ a: lastTwo[1].id, b: lastTwo[0].id })}` }, `对比 ${lastTwo[1].year} 与 ${lastTwo[0].year}`) : null,
        h('button', { type: 'button', class: 'primary', onclick: (/** @type {Event} */ e) => busy(/** @type {HTMLButtonElement} */ (e.currentTarget), () => download(`/api/units/${id}/opinion.docx`)) }, '审查意见（Word）'),
      ),
      h('p', { class: 'muted' }, `${u.kindLabel} · ${u.regionName ?? '地区不详'}`, u.aliases.length ? ` · 也称：${u.aliases.join('、')}` : ''),
      h(
        'table',
        { class: 'list years' },
        h('thead', null, h('tr', null, h('th', null, '年度'), h('th', null, '公开情况'), h('th', null, '期限'), h('th', null, '检查结果'), h('th', null, ''))),
        h(
          'tbody',
          null,
          u.years.map((/** @type {any} */ y) =>
            h(
              'tr',
              null,
              h('td', null, `${y.year} 年度`),
              h('td', null, h('span', { class: `badge st-${y.status}` }, y.status === 'late' ? `逾期 ${y.daysLate} 天` : STATUS[/** @type {keyof typeof STATUS} */ (y.status)] ?? y.status)),
              h('td', null, y.deadline ?? ''),
              h('td', null, y.reportId ? countBadges(y) : ''),
              h(
                'td',
                null,
                y.reportId ? h('a', { href: `#/reports/${y.reportId}` }, '打开报告') : h('span', { class: 'muted' }, '没有报告'),
                y.reportId ? [' · ', h('button', { type: 'button', class: 'link', onclick: (/** @type {Event} */ e) => busy(/** @type {HTMLButtonElement} */ (e.currentTarget), () => download(`/api/units/${id}/opinion.docx?year=${y.year}`)) }, '本年审查意见')] : null,
              ),
            ),
          ),
        ),
      ),
      u.reports.length > primaries.length ? h('p', { class: 'muted small' }, `另有 ${u.reports.length - primaries.length} 份副本或年度不明的文件，可在“报告”中查看。`) : null,
    );
  } catch (error) {
    mount(el, errorBox(error));
  }
}
