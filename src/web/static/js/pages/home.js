// @ts-check
/** 工作台: what the user can see at a glance, and where to go next. */
import { get } from '../api.js';
import { formatTime, h, mount } from '../dom.js';
import { session } from '../session.js';
import { loading, errorBox } from '../ui.js';

/** @param {HTMLElement} el */
export async function homePage(el) {
  mount(el, loading());
  try {
    const [overview, uploads] = await Promise.all([get('/api/overview'), get('/api/uploads')]);
    const user = session.user;
    const t = overview.totals;
    const card = (/** @type {string} */ label, /** @type {number} */ n, /** @type {string} */ href, /** @type {string} */ cls = '') => h('a', { class: `stat ${cls}`, href }, h('span', { class: 'n' }, n), h('span', { class: 'label' }, label));
    mount(
      el,
      h('div', { class: 'page-head' }, h('h1', null, `您好，${user?.displayName ?? ''}`), h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '#/upload' }, '上传报告'))),
      h(
        'div',
        { class: 'stats' },
        card('份报告', t.reports, '#/reports'),
        card('份报告有错误', t.withErrors, '#/reports?errors=1', t.withErrors > 0 ? 'bad' : ''),
        user?.role === 'admin' ? card('份报告未确定单位', t.unassigned, '#/reports?match=unassigned', t.unassigned > 0 ? 'warn' : '') : null,
      ),
      h(
        'div',
        { class: 'grid-2' },
        h(
          'section',
          { class: 'card' },
          h('h2', null, user?.role === 'clerk' ? '本单位' : '地区'),
          overview.unit
            ? h('p', null, h('a', { href: `#/units/${overview.unit.id}` }, overview.unit.name ?? '本单位'), '：各年度报告、公开情况和审查意见。')
            : overview.regions.length === 0
              ? h('p', { class: 'muted' }, '还没有可查看的地区。上传报告后，系统按报告中的机关名称自动归入单位和地区。')
              : h(
                  'ul',
                  { class: 'plain' },
                  overview.regions.map((/** @type {any} */ r) =>
                    h('li', null, h('a', { href: `#/regions/${encodeURIComponent(r.id)}` }, r.fullName), r.units !== undefined ? h('span', { class: 'muted' }, ` ${r.units} 个单位`) : null, ' · ', h('a', { href: `#/dashboard/${encodeURIComponent(r.id)}` }, '统计图表')),
                  ),
                ),
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', null, '最近的上传'),
          uploads.items.length === 0
            ? h('p', { class: 'muted' }, '还没有上传过。')
            : h(
                'table',
                { class: 'list' },
                h('thead', null, h('tr', null, h('th', null, '时间'), h('th', null, '上传人'), h('th', null, '新增'), h('th', null, '已存在'), h('th', null, '失败'))),
                h(
                  'tbody',
                  null,
                  uploads.items.slice(0, 8).map((/** @type {any} */ u) =>
                    h('tr', null, h('td', null, formatTime(u.createdAt)), h('td', null, u.username ?? ''), h('td', null, u.counts.added ?? 0), h('td', null, u.counts.duplicate ?? 0), h('td', null, (u.counts.failed ?? 0) + (u.counts.rejected ?? 0))),
                  ),
                ),
              ),
        ),
      ),
      h(
        'section',
        { class: 'card help' },
        h('h2', null, '使用说明'),
        h(
          'ol',
          null,
          h('li', null, '在“上传报告”中拖入年度报告文件（TXT、HTML、Word、PDF）或 ZIP 压缩包，系统逐个读取并检查。'),
          h('li', null, '打开一份报告：表格按官方格式排布，有问题的单元格标红，右侧是原文并标出问题所在位置。'),
          user?.role !== 'clerk' ? h('li', null, '在“地区”中查看各单位各年度是否按时公开、哪些报告有错误；在“统计图表”中查看历年数据。') : null,
          h('li', null, '在“对比”中并排查看同一单位的两个年度，先看问题，再看数字和文字的差异。'),
        ),
      ),
    );
  } catch (error) {
    mount(el, errorBox(error));
  }
}
