import { table3ColumnName, table3RowName, table3RowRef } from '../../templates/labels.js';
import { TABLE3_ALL_ROWS, TABLE3_COLUMNS } from '../../templates/table3.js';
import { formatNumber as n, sumText } from '../format.js';
import { defineRule } from '../rule.js';

const OUTCOME_ROWS = TABLE3_ALL_ROWS.filter((row) => row.outcome).map((row) => row.key);

/** R3.3: （七）总计 is the sum of every outcome row （一）…（六）, in every column. */
export default defineRule({
  meta: {
    id: 'table3/outcome-sum',
    severity: 'error',
    title: '表三办理结果之和等于（七）总计',
    description:
      '表三“三、本年度办理结果”中，（一）予以公开至（六）其他处理各行（含各小项）之和应等于（七）总计，每一列都如此。每件申请只计入一种办理结果（部分公开的只计部分公开）。',
    templates: ['2019', '2021'],
    arithmetic: true,
    examples: {
      incorrect: {
        description: '（七）总计自然人列填 59（结转下年度相应多填 1 件，收支仍平衡），而各办理结果相加为 60。',
        cells: { 'table3.total.naturalPerson': 59, 'table3.total.total': 63, 'table3.carriedForward.naturalPerson': 4, 'table3.carriedForward.total': 4 },
      },
      correct: { description: '各办理结果之和等于（七）总计。' },
    },
  },
  check(ctx) {
    const table = ctx.data.tables.table3;
    if (!table) return;
    const rows = OUTCOME_ROWS.filter((key) => key in table);
    for (const column of TABLE3_COLUMNS) {
      const total = table.total?.[column.key];
      if (total == null) continue;
      let sum = 0;
      let known = true;
      for (const row of rows) {
        const v = table[row]![column.key];
        if (v == null) known = false;
        else sum += v;
      }
      if (!known || sum === total) continue;
      const terms = rows.map((row) => ({ name: table3RowName(row), value: table[row]![column.key]! }));
      ctx.report({
        message: `表三「${table3RowRef('total')}」${table3ColumnName(column.key)}列：${n(total)} ≠ ${sumText(terms)}。`,
        cells: [`table3.total.${column.key}`, ...rows.map((row) => `table3.${row}.${column.key}`)],
      });
    }
  },
});
