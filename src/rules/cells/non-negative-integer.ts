import { cellName } from '../../templates/labels.js';
import { legacyIndicator } from '../../templates/legacy.js';
import { TABLE2_ROWS_2019, TABLE2_ROWS_2021 } from '../../templates/table2.js';
import { formatNumber as n } from '../format.js';
import { defineRule } from '../rule.js';

const MONEY_OR_SIGNED = new Set<string>();
for (const row of [...TABLE2_ROWS_2021, ...TABLE2_ROWS_2019]) {
  for (const column of row.columns) if (column.money || column.signed) MONEY_OR_SIGNED.add(`${row.key}.${column.key}`);
}
const SIGNED = new Set(['licensing.change', 'otherServices.change', 'penalties.change', 'coercion.change', 'fees.change']);

/** R2.1, R3.4, R4.4, RL.10: counts are whole numbers ≥ 0; money ≥ 0; only 本年增/减 may be negative. */
export default defineRule({
  meta: {
    id: 'cells/non-negative-integer',
    severity: 'error',
    title: '件数为非负整数',
    description:
      '表二、表三、表四和统计表中的件数、条数、人数都应是非负整数；金额（万元）可以有小数但不能为负；只有 2019 年格式表二的“本年增/减”可以为负数。',
    examples: {
      incorrect: { description: '表三“部分公开”自然人列填了 2.5。', cells: { 'table3.partiallyGranted.naturalPerson': 2.5 } },
      correct: { description: '所有件数都是非负整数。' },
    },
  },
  check(ctx) {
    const { tables } = ctx.data;
    for (const table of ['table2', 'table3', 'table4'] as const) {
      const values = tables[table];
      if (!values) continue;
      for (const row in values) {
        const group = values[row]!;
        for (const column in group) {
          const value = group[column];
          // Fast path: a whole number ≥ 0 is right in every column.
          if (value === null || value === undefined || (value >= 0 && Number.isInteger(value))) continue;
          const key = `${row}.${column}`;
          const path = `${table}.${key}`;
          if (table === 'table2' && SIGNED.has(key)) {
            if (!Number.isInteger(value)) ctx.report({ message: `${cellName(path)}为 ${n(value)}，应为整数。`, cells: [path] });
            continue;
          }
          const money = table === 'table2' && MONEY_OR_SIGNED.has(key);
          if (value < 0) ctx.report({ message: `${cellName(path)}为 ${n(value)}，不能为负数。`, cells: [path] });
          else if (!money) ctx.report({ message: `${cellName(path)}为 ${n(value)}，件数应为整数。`, cells: [path] });
        }
      }
    }
    const legacy = tables.legacy;
    if (!legacy) return;
    let legacyIds: Map<string, string> | undefined;
    for (const key in legacy) {
      const value = legacy[key];
      if (value === null || value === undefined || (value >= 0 && Number.isInteger(value))) continue;
      legacyIds ??= new Map([...ctx.extraction.legacyKeys].map(([id, k]) => [k, id]));
      const path = `legacy.${key}`;
      const unit = legacyIndicator(legacyIds.get(key) ?? '')?.unit;
      const money = unit === '万元' || unit === '元' || /费用|经费/.test(key);
      if (value < 0) ctx.report({ message: `${cellName(path)}为 ${n(value)}，不能为负数。`, cells: [path] });
      else if (!money) ctx.report({ message: `${cellName(path)}为 ${n(value)}，应为整数。`, cells: [path] });
    }
  },
});
