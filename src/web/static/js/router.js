// @ts-check
/** Hash routes (#/reports/12?tab=x): the page for a path, and its parameters. */

/**
 * @typedef {{ params: string[], query: URLSearchParams, path: string }} Route
 * @typedef {{ pattern: RegExp, render: (el: HTMLElement, route: Route) => void | Promise<void>, nav: string }} RouteDef
 */

/** @type {RouteDef[]} */
const routes = [];

/**
 * @param {RegExp} pattern
 * @param {string} nav which navigation item is active
 * @param {RouteDef['render']} render
 */
export function route(pattern, nav, render) {
  routes.push({ pattern, nav, render });
}

export function current() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?');
  return { path, query: new URLSearchParams(query) };
}

/** @param {string} path */
export function match(path) {
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (m) return { def: r, params: m.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return null;
}

/** @param {string} hash e.g. '/reports/3' */
export function go(hash) {
  location.hash = `#${hash}`;
}

/**
 * Changes the query of the current page without adding a history entry.
 * @param {Record<string, string | number | null | undefined>} changes
 */
export function setQuery(changes) {
  const { path, query } = current();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') query.delete(k);
    else query.set(k, String(v));
  }
  const q = query.toString();
  history.replaceState(null, '', `#${path}${q ? `?${q}` : ''}`);
}
