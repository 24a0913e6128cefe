/** Names of cells as a reviewer reads them: table, row and column in the form's own words. */
import { table2RowsFor } from './table2.js';
import { TABLE3_COLUMNS, table3Row } from './table3.js';
import { TABLE4_GROUPS, TABLE4_RESULTS } from './table4.js';

const TABLE_NAMES: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四', legacy: '统计表' };

/** 三、（一）予以公开 → 予以公开: the words a reviewer says aloud. */
export function table3RowName(key: string): string {
  const row = table3Row(key);
  if (!row) return key;
  return row.label
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^（[一二三四五六七]）/, '')
    .replace(/^\d+\./, '')
    .replace(/（区分处理的.*$/, '');
}

export function table3RowRef(key: string): string {
  const row = table3Row(key);
  if (!row) return key;
  const name = table3RowName(key);
  if (key === 'received' || key === 'carriedOver' || key === 'carriedForward') return row.label;
  return `${row.ref}${row.ref.endsWith('）') ? '' : ' '}${name}`.replace(/(\d) /, '$1.');
}

export const table3ColumnName = (key: string): string => TABLE3_COLUMNS.find((c) => c.key === key)?.label ?? key;
export const table4GroupName = (key: string): string => TABLE4_GROUPS.find((g) => g.key === key)?.label ?? key;
export const table4ResultName = (key: string): string => TABLE4_RESULTS.find((r) => r.key === key)?.label ?? key;

/** A cell path in words: table3.granted.naturalPerson → 表三「三、（一）予以公开」自然人列. */
export function cellName(path: string): string {
  const [table, row, column] = splitPath(path);
  const tableName = TABLE_NAMES[table] ?? table;
  if (table === 'table3') return `${tableName}「${table3RowRef(row)}」${table3ColumnName(column)}列`;
  if (table === 'table4') return `${tableName}「${table4GroupName(row)}」${table4ResultName(column)}`;
  if (table === 'table2') {
    for (const template of ['2021', '2019'] as const) {
      const def = table2RowsFor(template).find((r) => r.key === row);
      const col = def?.columns.find((c) => c.key === column);
      if (def && col) return `${tableName}「${def.label}」${col.label}`;
    }
    return `${tableName}「${row}」${column}`;
  }
  if (table === 'legacy') return `${tableName}「${path.slice('legacy.'.length)}」`;
  return path;
}

/** legacy.<key> keys contain dots and slashes of their own; other paths are table.row.column. */
export function splitPath(path: string): [string, string, string] {
  if (path.startsWith('legacy.')) return ['legacy', path.slice(7), ''];
  const [table = '', row = '', column = ''] = path.split('.');
  return [table, row, column];
}
