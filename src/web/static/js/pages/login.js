// @ts-check
/** Signing in. */
import { post } from '../api.js';
import { h, mount } from '../dom.js';
import { errorMessage } from '../ui.js';

/**
 * @param {HTMLElement} el
 * @param {(me: { user: any, csrfToken: string }) => void} done
 */
export function loginPage(el, done) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('div', { class: 'form-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, '登录');
  const form = h(
    'form',
    { class: 'login card' },
    h('h1', null, '政府信息公开工作年度报告审查'),
    h('p', { class: 'muted' }, '上传年度报告，自动检查表格勾稽关系和公开时限，按地区汇总、对比和导出。'),
    h('label', null, '用户名', username),
    h('label', null, '密码', password),
    message,
    button,
    h('p', { class: 'hint' }, '首次使用：管理员账号为 admin，初始密码显示在启动服务的控制台窗口中（只显示一次）。'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    message.textContent = '';
    try {
      done(await post('/api/auth/login', { username: username.value, password: password.value }));
    } catch (error) {
      message.textContent = errorMessage(error);
      password.select();
    } finally {
      button.disabled = false;
    }
  });
  el.className = 'center';
  mount(el, form);
}
