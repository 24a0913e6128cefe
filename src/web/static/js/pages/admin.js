// @ts-check
/** 用户与审计 (administrators): accounts with their roles and scopes, and the audit log. */
import { get, patch, post, qs } from '../api.js';
import { formatTime, h, mount } from '../dom.js';
import { busy, dialog, errorMessage, loading, pageHead, section, toast } from '../ui.js';

const tabs = (/** @type {string} */ active) =>
  h('div', { class: 'tabs' }, h('a', { class: `tab${active === 'users' ? ' active' : ''}`, href: '#/admin/users' }, '用户'), h('a', { class: `tab${active === 'audit' ? ' active' : ''}`, href: '#/admin/audit' }, '审计日志'));

/** Shows a generated password once. */
function showPassword(/** @type {string} */ username, /** @type {string} */ password) {
  dialog('初始密码', (close) =>
    h('div', { class: 'stack' }, h('p', null, `用户 ${username} 的初始密码（只显示这一次，请转告本人；首次登录后须修改）：`), h('p', { class: 'secret' }, password), h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'primary', onclick: close }, '我已记下'))),
  );
}

/** @param {HTMLElement} el */
export function usersPage(el) {
  const list = h('div');
  const load = () =>
    section(list, async () => {
      const body = await get('/api/users');
      return h(
        'table',
        { class: 'list' },
        h('thead', null, h('tr', null, h('th', null, '用户名'), h('th', null, '姓名'), h('th', null, '角色'), h('th', null, '范围'), h('th', null, '状态'), h('th', null, ''))),
        h(
          'tbody',
          null,
          body.items.map((/** @type {any} */ u) => {
            const toggle = h('button', { type: 'button', class: 'link' }, u.active ? '停用' : '启用');
            toggle.addEventListener('click', () =>
              busy(toggle, async () => {
                await patch(`/api/users/${u.id}`, { active: !u.active });
                toast(u.active ? '已停用。' : '已启用。');
                await load();
              }),
            );
            const reset = h('button', { type: 'button', class: 'link' }, '重置密码');
            reset.addEventListener('click', () =>
              busy(reset, async () => {
                const r = await patch(`/api/users/${u.id}`, { resetPassword: true });
                showPassword(u.username, r.initialPassword);
              }),
            );
            return h(
              'tr',
              { class: u.active ? '' : 'inactive' },
              h('td', null, u.username),
              h('td', null, u.displayName),
              h('td', null, u.roleLabel),
              h('td', null, u.role === 'reviewer' ? (u.regionName ?? u.regionId) : u.role === 'clerk' ? (u.unitName ?? '') : '全部'),
              h('td', null, u.active ? (u.mustChangePassword ? '待修改初始密码' : '正常') : '已停用'),
              h('td', null, toggle, ' · ', reset),
            );
          }),
        ),
      );
    });

  const username = h('input', { required: true, 'aria-label': '用户名', placeholder: '用户名' });
  const displayName = h('input', { 'aria-label': '姓名', placeholder: '姓名' });
  const role = h('select', { 'aria-label': '角色' }, h('option', { value: 'reviewer' }, '审核人员（负责一个地区及其下级）'), h('option', { value: 'clerk' }, '单位填报人员（只看本单位）'), h('option', { value: 'admin' }, '管理员'));
  const scopeSearch = h('input', { type: 'search', placeholder: '查找地区或单位', 'aria-label': '查找地区或单位' });
  const scope = h('select', { 'aria-label': '范围', size: 5, class: 'unit-list' });
  const message = h('div', { class: 'form-error', role: 'alert' });
  const findScope = async () => {
    if (role.value === 'admin') return mount(scope);
    const body = await get(`/api/search${qs({ q: scopeSearch.value || '市' })}`);
    if (role.value === 'reviewer') mount(scope, body.regions.map((/** @type {any} */ r) => h('option', { value: r.id }, `${r.fullName}（${r.units} 个单位）`)));
    else mount(scope, body.units.map((/** @type {any} */ u) => h('option', { value: u.id }, `${u.name}（${u.regionName}）`)));
  };
  scopeSearch.addEventListener('input', () => void findScope());
  role.addEventListener('change', () => void findScope());
  const create = h('button', { type: 'submit', class: 'primary' }, '新建用户');
  const form = h('form', { class: 'card stack narrow' }, h('h2', null, '新建用户'), username, displayName, role, h('label', null, '负责的地区或单位', scopeSearch, scope), message, create);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    create.disabled = true;
    try {
      const body = { username: username.value, displayName: displayName.value || undefined, role: role.value, ...(role.value === 'reviewer' ? { regionId: scope.value } : role.value === 'clerk' ? { unitId: Number(scope.value) } : {}) };
      const r = await post('/api/users', body);
      showPassword(username.value, r.initialPassword);
      username.value = '';
      displayName.value = '';
      await load();
    } catch (error) {
      message.textContent = errorMessage(error);
    } finally {
      create.disabled = false;
    }
  });
  mount(el, pageHead('用户与审计'), tabs('users'), h('div', { class: 'admin-grid' }, list, form));
  void load();
  void findScope();
}

/** @param {HTMLElement} el */
export function auditPage(el) {
  const out = h('div');
  /** @type {number[]} */
  const stack = [];
  /** @param {number | undefined} before */
  const load = (before) =>
    section(out, async () => {
      const body = await get(`/api/audit${qs({ before, limit: 100 })}`);
      const last = body.items[body.items.length - 1];
      return [
        h(
          'table',
          { class: 'list' },
          h('thead', null, h('tr', null, h('th', null, '时间'), h('th', null, '用户'), h('th', null, '操作'), h('th', null, '对象'), h('th', null, '详情'), h('th', null, '地址'))),
          h(
            'tbody',
            null,
            body.items.map((/** @type {any} */ a) => h('tr', null, h('td', null, formatTime(a.at)), h('td', null, a.username ?? ''), h('td', null, a.actionLabel), h('td', null, a.target ?? ''), h('td', { class: 'small muted detail' }, a.detail ? JSON.stringify(a.detail) : ''), h('td', { class: 'small' }, a.ip ?? ''))),
          ),
        ),
        h(
          'div',
          { class: 'pager' },
          h('button', { type: 'button', disabled: stack.length === 0, onclick: () => load(stack.pop()) }, '较新'),
          h('button', { type: 'button', disabled: body.items.length < 100, onclick: () => (stack.push(/** @type {number} */ (before)), load(last?.id)) }, '较早'),
        ),
      ];
    });
  mount(el, pageHead('用户与审计'), tabs('audit'), out);
  void load(undefined);
}
