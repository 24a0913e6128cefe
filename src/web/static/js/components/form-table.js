// @ts-check
/**
 * A report table laid out like the official form (rows and spans from the server's grid), with
 * each finding marked on the cells it concerns: red for errors, amber for warnings, a count badge.
 */
import { h } from '../dom.js';

/**
 * @typedef {{ text: string, rowSpan?: number, colSpan?: number, header?: boolean, path?: string, value?: number | null }} FormCell
 * @typedef {{ key: string, title: string, rows: FormCell[][] }} FormTable
 * @typedef {{ id: number, severity: 'error' | 'warning' | 'info', message: string, ruleTitle: string, ruleDescription: string, cells: { path: string, name: string }[], anchor: string | null, group: string }} FindingView
 */

const RANK = { error: 0, warning: 1, info: 2 };

/**
 * @param {FormTable} table
 * @param {Map<string, FindingView[]>} byCell
 * @param {(path: string, cell: HTMLElement) => void} onCell
 */
export function formTable(table, byCell, onCell) {
  const wide = table.key === 'table3' || table.key === 'table4';
  const body = h(
    'tbody',
    null,
    table.rows.map((row) =>
      h(
        'tr',
        null,
        row.map((cell) => {
          const spans = { rowspan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : null, colspan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : null };
          if (!cell.path) return h('th', { ...spans, scope: 'row', class: cell.text.length > 14 ? 'label long' : 'label' }, cell.text);
          const findings = byCell.get(cell.path) ?? [];
          const worst = findings.reduce((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), /** @type {'error' | 'warning' | 'info'} */ ('info'));
          const td = h(
            'td',
            {
              ...spans,
              class: `v${cell.value === null ? ' unknown' : ''}${findings.length ? ` mark mark-${worst}` : ''}`,
              tabindex: 0,
              dataset: { path: cell.path },
              title: findings.length ? findings.map((f) => f.message).join('\n') : cell.value === null ? '原文中未找到这个数字' : '点击查看原文位置',
              'aria-label': findings.length ? `${cell.text || '空'}，有 ${findings.length} 个问题` : undefined,
            },
            cell.value === null ? '—' : cell.text,
            findings.length ? h('span', { class: `pin pin-${worst}` }, findings.length) : null,
          );
          td.addEventListener('click', () => onCell(cell.path ?? '', td));
          td.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') onCell(cell.path ?? '', td);
          });
          return td;
        }),
      ),
    ),
  );
  return h('section', { class: 'form-block', dataset: { table: table.key } }, h('h3', null, table.title), h('table', { class: `form ${table.key}${wide ? ' wide' : ''}` }, body));
}
