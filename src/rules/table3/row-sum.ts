import { table3ColumnName, table3RowRef } from '../../templates/labels.js';
import { TABLE3_APPLICANT_COLUMNS } from '../../templates/table3.js';
import { formatNumber as n, sumText } from '../format.js';
import { defineRule } from '../rule.js';

/** R3.2: the 总计 column is the sum of the six applicant columns, in every row. */
export default defineRule({
  meta: {
    id: 'table3/row-sum',
    severity: 'error',
    title: '表三各行总计等于各类申请人之和',
    description:
      '表三每一行的“总计”列应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。总计列留空而其他列有数、或总计与分列相加不符，都会被指出。',
    templates: ['2019', '2021'],
    arithmetic: true,
    examples: {
      incorrect: { description: '“予以公开”行的总计填成 20，而六类申请人相加为 21。', cells: { 'table3.granted.total': 20 } },
      correct: { description: '每一行的总计都等于六类申请人之和。' },
    },
  },
  check(ctx) {
    const table = ctx.data.tables.table3;
    if (!table) return;
    for (const [row, group] of Object.entries(table)) {
      const total = group.total;
      if (total == null) continue;
      let sum = 0;
      let known = true;
      for (const c of TABLE3_APPLICANT_COLUMNS) {
        const v = group[c];
        if (v == null) known = false;
        else sum += v;
      }
      if (!known || sum === total) continue;
      const terms = TABLE3_APPLICANT_COLUMNS.map((c) => ({ name: table3ColumnName(c), value: group[c]! }));
      ctx.report({
        message: `表三「${table3RowRef(row)}」行：总计 ${n(total)} ≠ ${sumText(terms, 6)}。`,
        cells: [`table3.${row}.total`, ...TABLE3_APPLICANT_COLUMNS.map((c) => `table3.${row}.${c}`)],
      });
    }
  },
});
