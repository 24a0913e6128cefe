/** Cell paths in the order the forms print them (table 2 rows, table 3 rows × columns, table 4), for listings and sheets. */
import { TABLE2_ROWS_2019, TABLE2_ROWS_2021 } from '../templates/table2.js';
import { TABLE3_ALL_ROWS, TABLE3_COLUMNS } from '../templates/table3.js';
import { TABLE4_GROUPS, TABLE4_RESULTS } from '../templates/table4.js';

const ORDER = new Map<string, number>();
for (const row of [...TABLE2_ROWS_2021, ...TABLE2_ROWS_2019]) for (const c of row.columns) if (!ORDER.has(`table2.${row.key}.${c.key}`)) ORDER.set(`table2.${row.key}.${c.key}`, ORDER.size);
// Table 3 in form order: the ordering of TABLE3_ALL_ROWS puts otherHandling last, so it is moved before total.
const rows3 = TABLE3_ALL_ROWS.filter((r) => r.key !== 'otherHandling');
rows3.splice(rows3.findIndex((r) => r.key === 'total'), 0, ...TABLE3_ALL_ROWS.filter((r) => r.key === 'otherHandling'));
for (const row of rows3) for (const c of TABLE3_COLUMNS) ORDER.set(`table3.${row.key}.${c.key}`, ORDER.size);
for (const g of TABLE4_GROUPS) for (const r of TABLE4_RESULTS) ORDER.set(`table4.${g.key}.${r.key}`, ORDER.size);

export function compareCellPaths(a: string, b: string): number {
  return (ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b);
}
