// @ts-check
/** The web app: signs in, draws the navigation for the user's role, and shows the page of the current address. */
import { get, post, setCsrfToken, whenSignedOut } from './api.js';
import { h, mount } from './dom.js';
import { current, go, match, route } from './router.js';
import { session } from './session.js';
import { errorBox } from './ui.js';
import { loginPage } from './pages/login.js';
import { passwordPage } from './pages/password.js';
import { homePage } from './pages/home.js';
import { uploadPage } from './pages/upload.js';
import { reportsPage } from './pages/reports.js';
import { reportPage } from './pages/report.js';
import { unitPage } from './pages/unit.js';
import { regionPage } from './pages/region.js';
import { comparePage } from './pages/compare.js';
import { dashboardPage } from './pages/dashboard.js';
import { usersPage, auditPage } from './pages/admin.js';

route(/^\/$/, 'home', homePage);
route(/^\/upload$/, 'upload', uploadPage);
route(/^\/reports$/, 'reports', reportsPage);
route(/^\/reports\/(\d+)$/, 'reports', (el, r) => reportPage(el, Number(r.params[0])));
route(/^\/units\/(\d+)$/, 'unit', (el, r) => unitPage(el, Number(r.params[0])));
route(/^\/regions$/, 'regions', (el, r) => regionPage(el, null, r.query));
route(/^\/regions\/([^/]+)$/, 'regions', (el, r) => regionPage(el, r.params[0] ?? null, r.query));
route(/^\/compare$/, 'compare', (el, r) => comparePage(el, r.query));
route(/^\/dashboard$/, 'dashboard', (el, r) => dashboardPage(el, null, r.query));
route(/^\/dashboard\/([^/]+)$/, 'dashboard', (el, r) => dashboardPage(el, r.params[0] ?? null, r.query));
route(/^\/admin\/users$/, 'admin', usersPage);
route(/^\/admin\/audit$/, 'admin', auditPage);
route(/^\/password$/, 'password', passwordPage);

const header = /** @type {HTMLElement} */ (document.getElementById('top'));
const main = /** @type {HTMLElement} */ (document.getElementById('app'));

function navItems() {
  const role = session.user?.role;
  /** @type {[string, string, string][]} */
  const items = [['home', '#/', '工作台'], ['upload', '#/upload', '上传报告'], ['reports', '#/reports', '报告']];
  if (role === 'clerk' && session.user?.unitId) items.push(['unit', `#/units/${session.user.unitId}`, '本单位']);
  if (role !== 'clerk') items.push(['regions', '#/regions', '地区'], ['dashboard', '#/dashboard', '统计图表']);
  items.push(['compare', '#/compare', '对比']);
  if (role === 'admin') items.push(['admin', '#/admin/users', '用户与审计']);
  return items;
}

/** @param {string} active */
function drawHeader(active) {
  const user = session.user;
  mount(
    header,
    h('a', { class: 'brand', href: '#/' }, h('span', { class: 'logo' }, '公开'), h('span', null, '政府信息公开年报审查')),
    user
      ? h(
          'nav',
          { 'aria-label': '主导航' },
          navItems().map(([key, href, label]) => h('a', { href, class: key === active ? 'active' : '' }, label)),
        )
      : null,
    user
      ? h(
          'div',
          { class: 'user' },
          h('span', { class: 'who', title: user.regionName ?? user.unitName ?? '' }, `${user.displayName}（${user.roleLabel}）`),
          h('a', { href: '/api/docs', target: '_blank', rel: 'noopener' }, '接口文档'),
          h('a', { href: '#/password' }, '修改密码'),
          h('button', { type: 'button', class: 'link', onclick: signOut }, '退出'),
        )
      : null,
  );
}

async function signOut() {
  try {
    await post('/api/auth/logout');
  } catch {
    // Signed out either way.
  }
  session.user = null;
  setCsrfToken(null);
  render();
}

async function render() {
  const { path, query } = current();
  if (!session.user) {
    drawHeader('');
    loginPage(main, async (me) => {
      session.user = me.user;
      setCsrfToken(me.csrfToken);
      render();
    });
    return;
  }
  if (session.user.mustChangePassword && path !== '/password') {
    go('/password');
    return;
  }
  const found = match(path);
  drawHeader(found?.def.nav ?? '');
  main.className = '';
  main.replaceChildren();
  window.scrollTo(0, 0);
  if (!found) {
    mount(main, errorBox('没有这个页面。'));
    return;
  }
  try {
    await found.def.render(main, { params: found.params, query, path });
  } catch (error) {
    mount(main, errorBox(error));
  }
}

whenSignedOut(() => {
  if (session.user) {
    session.user = null;
    render();
  }
});

window.addEventListener('hashchange', render);

(async () => {
  try {
    const me = await get('/api/auth/me');
    session.user = me.user;
    setCsrfToken(me.csrfToken);
  } catch {
    session.user = null;
  }
  render();
})();
