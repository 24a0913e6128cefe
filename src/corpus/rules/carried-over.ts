import { cellValue } from '../../rules/engine.js';
import { formatNumber as n } from '../../rules/format.js';
import { table3ColumnName, table3RowRef } from '../../templates/labels.js';
import { TABLE3_COLUMNS } from '../../templates/table3.js';
import { defineCorpusRule } from './rule.js';

/** domain.md RY.1: this year's 上年结转 is last year's 结转下年度继续办理, column by column. */
export default defineCorpusRule({
  meta: {
    id: 'cross-year/carried-over',
    severity: 'warning',
    title: '上年结转与上年结转下年度一致',
    description:
      '表三“二、上年结转政府信息公开申请数量”说的是上一年度没有办结、转到本年度的申请，应当等于同一单位上一年度报告表三“四、结转下年度继续办理”的同一列。不一致说明有申请在两年之间被漏计或重计（也可能是申请人类别调整、申请撤回，故为警告）。2018 年及以前的统计表没有结转行，2019 年度报告不检查。',
    examples: {
      incorrect: {
        description: '2023 年度报告结转下年度自然人列 2 件，2024 年度报告上年结转自然人列却填 0。',
        previous: { 'table3.carriedForward.naturalPerson': 2, 'table3.carriedForward.total': 2 },
        current: { 'table3.carriedOver.naturalPerson': 0, 'table3.carriedOver.total': 0 },
      },
      correct: {
        description: '两年的数字逐列相同。',
        previous: { 'table3.carriedForward.naturalPerson': 2, 'table3.carriedForward.total': 2 },
        current: { 'table3.carriedOver.naturalPerson': 2, 'table3.carriedOver.total': 2 },
      },
    },
  },
  needs: 'previous',
  check(ctx) {
    const prev = ctx.previous;
    if (!prev || prev.year === null || ctx.current.year !== prev.year + 1) return;
    const tpl = [ctx.current.report.meta.template, prev.report.meta.template];
    if (!tpl.every((t) => t === '2019' || t === '2021')) return;
    for (const column of TABLE3_COLUMNS) {
      const here = cellValue(ctx.current.report, `table3.carriedOver.${column.key}`);
      const there = cellValue(prev.report, `table3.carriedForward.${column.key}`);
      if (here === null || there === null || here === there) continue;
      ctx.report({
        message:
          `表三「${table3RowRef('carriedOver')}」${table3ColumnName(column.key)}列为 ${n(here)}，` +
          `而上年（${prev.year} 年度）报告表三「${table3RowRef('carriedForward')}」${table3ColumnName(column.key)}列为 ${n(there)}，两者应相等（相差 ${n(here - there)}）。`,
        cells: [`table3.carriedOver.${column.key}`],
        relatedReportId: prev.id,
      });
    }
  },
});
