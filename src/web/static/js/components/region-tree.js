// @ts-check
/** The region tree (省/市/县/乡镇 with their departments and towns' units), loaded a level at a time, and the name search above it. */
import { get, qs } from '../api.js';
import { h, mount } from '../dom.js';
import { go } from '../router.js';

/**
 * @typedef {{ id: string, name: string, fullName: string, level: string, levelLabel: string, units: number }} RegionNode
 */

/**
 * @param {RegionNode[]} roots
 * @param {string | null} selected
 * @param {string[]} openIds regions to open (the selected one's ancestors)
 * @param {(id: string) => string} hrefOf
 */
export function regionTree(roots, selected, openIds, hrefOf) {
  const tree = h('ul', { class: 'tree', role: 'tree' });
  /** @param {RegionNode} node @param {HTMLElement} parent */
  const add = (node, parent) => {
    const children = h('ul', { role: 'group', hidden: true });
    const toggle = h('button', { type: 'button', class: 'twisty', 'aria-label': `展开${node.name}` }, '▸');
    const li = h(
      'li',
      { role: 'treeitem', class: node.id === selected ? 'selected' : '' },
      h('div', { class: 'node' }, toggle, h('a', { href: hrefOf(node.id) }, node.name), h('span', { class: 'count', title: '单位数' }, node.units)),
      children,
    );
    let loaded = false;
    const open = async () => {
      if (!loaded) {
        loaded = true;
        const region = await get(`/api/regions/${encodeURIComponent(node.id)}`);
        for (const child of region.children) add(child, children);
        for (const unit of region.unitsHere) children.appendChild(h('li', { role: 'treeitem', class: 'unit' }, h('div', { class: 'node' }, h('span', { class: 'twisty' }), h('a', { href: `#/units/${unit.id}` }, unit.name), h('span', { class: 'kind' }, unit.kindLabel))));
      }
      children.hidden = false;
      toggle.textContent = '▾';
    };
    toggle.addEventListener('click', () => {
      if (children.hidden) void open();
      else {
        children.hidden = true;
        toggle.textContent = '▸';
      }
    });
    parent.appendChild(li);
    if (openIds.includes(node.id)) void open();
  };
  for (const root of roots) add(root, tree);
  return tree;
}

/** Search by any part of a name: units, towns and streets. */
export function nameSearch() {
  const input = h('input', { type: 'search', placeholder: '查找单位、乡镇、街道…', 'aria-label': '按名称查找' });
  const results = h('div', { class: 'search-results', hidden: true });
  let seq = 0;
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      results.hidden = true;
      return;
    }
    const body = await get(`/api/search${qs({ q })}`);
    if (mine !== seq) return;
    mount(
      results,
      body.units.length + body.regions.length === 0 ? h('div', { class: 'muted small' }, '没有找到。') : null,
      body.units.length ? h('div', { class: 'group' }, '单位') : null,
      body.units.map((/** @type {any} */ u) => h('a', { href: `#/units/${u.id}`, class: 'hit' }, u.name, h('span', { class: 'muted small' }, ` ${u.kindLabel} · ${u.regionName}`))),
      body.regions.length ? h('div', { class: 'group' }, '地区（乡镇、街道等）') : null,
      body.regions.map((/** @type {any} */ r) => h('a', { href: `#/regions/${encodeURIComponent(r.id)}`, class: `hit${r.units ? '' : ' empty'}` }, r.fullName, h('span', { class: 'muted small' }, ` ${r.levelLabel}${r.units ? ` · ${r.units} 个单位` : ' · 无单位'}`))),
    );
    results.hidden = false;
  });
  results.addEventListener('click', () => {
    results.hidden = true;
    input.value = '';
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = results.querySelector('a');
      if (first) go(/** @type {string} */ (first.getAttribute('href')).slice(1));
    }
  });
  return h('div', { class: 'name-search' }, input, results);
}
