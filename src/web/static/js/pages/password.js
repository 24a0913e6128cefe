// @ts-check
/** Changing one's own password (required after a generated first password). */
import { post } from '../api.js';
import { h, mount } from '../dom.js';
import { go } from '../router.js';
import { refreshSession, session } from '../session.js';
import { errorMessage, toast } from '../ui.js';

/** @param {HTMLElement} el */
export function passwordPage(el) {
  const old = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 10 });
  const again = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const message = h('div', { class: 'form-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, '修改密码');
  const forced = session.user?.mustChangePassword;
  const form = h(
    'form',
    { class: 'login card' },
    h('h1', null, '修改密码'),
    forced ? h('p', { class: 'alert warn' }, '您正在使用初始密码，请先设置自己的密码。') : null,
    h('label', null, '原密码', old),
    h('label', null, '新密码（至少 10 位）', next),
    h('label', null, '再次输入新密码', again),
    message,
    button,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    if (next.value !== again.value) {
      message.textContent = '两次输入的新密码不一致。';
      return;
    }
    button.disabled = true;
    try {
      await post('/api/auth/password', { oldPassword: old.value, newPassword: next.value });
      await refreshSession();
      toast('密码已修改。');
      go('/');
    } catch (error) {
      message.textContent = errorMessage(error);
    } finally {
      button.disabled = false;
    }
  });
  el.className = 'center';
  mount(el, form);
}
