import { table3ColumnName, table3RowRef } from '../../templates/labels.js';
import { TABLE3_COLUMNS } from '../../templates/table3.js';
import { formatNumber as n } from '../format.js';
import { defineRule } from '../rule.js';

/** R3.1, printed in the table's corner: 一 + 二 = 三（七）总计 + 四, for every column. */
export default defineRule({
  meta: {
    id: 'table3/column-balance',
    severity: 'error',
    title: '表三各列收支平衡',
    description:
      '表三每一列都应满足表格左上角注明的勾稽关系：“第一项加第二项之和，等于第三项加第四项之和”，即 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理。不相等说明有申请被漏计、重计或填错列。',
    templates: ['2019', '2021'],
    arithmetic: true,
    examples: {
      incorrect: { description: '“结转下年度继续办理”自然人列多填了 1 件，自然人列收支不再平衡。', cells: { 'table3.carriedForward.naturalPerson': 4, 'table3.carriedForward.total': 4 } },
      correct: { description: '本年新收 + 上年结转 与 （七）总计 + 结转下年度 在每一列都相等。' },
    },
  },
  check(ctx) {
    const table = ctx.data.tables.table3;
    if (!table) return;
    for (const column of TABLE3_COLUMNS) {
      const received = table.received?.[column.key];
      const carried = table.carriedOver?.[column.key];
      const total = table.total?.[column.key];
      const forward = table.carriedForward?.[column.key];
      if (received == null || carried == null || total == null || forward == null) continue;
      if (received + carried === total + forward) continue;
      const paths = ['received', 'carriedOver', 'total', 'carriedForward'].map((row) => `table3.${row}.${column.key}`);
      ctx.report({
        message:
          `表三「${table3ColumnName(column.key)}」列：${table3RowRef('received')} ${n(received)} + ${table3RowRef('carriedOver')} ${n(carried)} = ${n(received + carried)}，` +
          `而 ${table3RowRef('total')} ${n(total)} + ${table3RowRef('carriedForward')} ${n(forward)} = ${n(total + forward)}，两者应相等（第一项加第二项之和，等于第三项加第四项之和）。`,
        cells: paths,
        location: ctx.locate(paths[2]!) ?? ctx.locate(paths[3]!),
      });
    }
  },
});
