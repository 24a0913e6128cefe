// @ts-check
/** Small shared pieces of the interface: labels, badges, messages, dialogs, loading states. */
import { h, mount } from './dom.js';

export const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
export const STATUS = { 'on-time': '按时公开', late: '逾期公开', undated: '发布日期不详', missing: '未公开' };
export const KIND = { government: '政府', department: '部门', township: '乡镇/街道' };

/** @param {'error' | 'warning' | 'info'} severity */
export const severityBadge = (severity) => h('span', { class: `badge sev-${severity}` }, SEVERITY[severity] ?? severity);

/**
 * @param {{ error?: number, warning?: number, info?: number, errors?: number, warnings?: number }} counts
 */
export function countBadges(counts) {
  const e = counts.error ?? counts.errors ?? 0;
  const w = counts.warning ?? counts.warnings ?? 0;
  return h(
    'span',
    { class: 'counts' },
    e > 0 ? h('span', { class: 'badge sev-error' }, `错误 ${e}`) : null,
    w > 0 ? h('span', { class: 'badge sev-warning' }, `警告 ${w}`) : null,
    e === 0 && w === 0 ? h('span', { class: 'badge ok' }, '未发现问题') : null,
  );
}

/** @param {unknown} error */
export function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {unknown} error */
export const errorBox = (error) => h('div', { class: 'alert error', role: 'alert' }, errorMessage(error));

export const loading = (text = '正在加载…') => h('div', { class: 'loading' }, text);

/**
 * A passing note at the bottom of the screen.
 * @param {string} text
 * @param {'ok' | 'error'} [kind]
 */
export function toast(text, kind = 'ok') {
  const el = h('div', { class: `toast ${kind}`, role: 'status' }, text);
  document.body.appendChild(el);
  setTimeout(() => el.remove(), kind === 'error' ? 6000 : 3000);
}

/**
 * A modal dialog; resolves when closed.
 * @param {string} title
 * @param {(close: () => void) => Node} body
 */
export function dialog(title, body) {
  const backdrop = h('div', { class: 'backdrop' });
  const close = () => backdrop.remove();
  const box = h('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': title }, h('div', { class: 'dialog-head' }, h('h2', null, title), h('button', { class: 'icon', type: 'button', title: '关闭', onclick: close }, '×')), body(close));
  backdrop.appendChild(box);
  backdrop.addEventListener('click', (e) => {
    if (e.target === backdrop) close();
  });
  document.body.appendChild(backdrop);
  const first = box.querySelector('input, select, textarea, button:not(.icon)');
  if (first instanceof HTMLElement) first.focus();
  return close;
}

/**
 * Runs an action from a button: disabled while it runs; its error shown as a toast.
 * @param {HTMLButtonElement} button
 * @param {() => Promise<unknown>} action
 */
export async function busy(button, action) {
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    toast(errorMessage(error), 'error');
  } finally {
    button.disabled = false;
  }
}

/**
 * Renders an async page section: loading, then content or the error.
 * @param {Element} el
 * @param {() => Promise<Node | Node[]>} load
 */
export async function section(el, load) {
  mount(el, loading());
  try {
    const content = await load();
    mount(el, ...(Array.isArray(content) ? content : [content]));
  } catch (error) {
    mount(el, errorBox(error));
  }
}

/** @param {string} title @param {...(Node | string | null)} actions */
export const pageHead = (title, ...actions) => h('div', { class: 'page-head' }, h('h1', null, title), h('div', { class: 'actions' }, ...actions));
