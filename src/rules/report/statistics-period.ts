import { defineRule } from '../rule.js';

/** The report states its statistics period, and it is the whole report year. */
export default defineRule({
  meta: {
    id: 'report/statistics-period',
    severity: 'warning',
    title: '写明统计期限且与年度相符',
    description:
      '报告应说明所列数据的统计期限，通常为“本报告中所列数据的统计期限自某年1月1日起至12月31日止”。没有说明，或期限与报告年度不是同一整年时提示。',
    examples: {
      incorrect: { period: '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。', description: '2023 年度报告写的统计期限却是 2022 年。' },
      correct: { description: '统计期限自2023年1月1日起至2023年12月31日止。' },
    },
  },
  check(ctx) {
    const year = ctx.data.meta.year;
    const period = ctx.data.narrative?.statisticsPeriod;
    const location = ctx.extraction.narrativeLocations.statisticsPeriod;
    if (!period) {
      ctx.report({ message: '报告没有说明所列数据的统计期限（如“统计期限自2023年1月1日起至2023年12月31日止”）。' });
      return;
    }
    if (year === null) return;
    if (period.from !== `${year}-01-01` || period.to !== `${year}-12-31`) {
      ctx.report({ message: `统计期限为 ${period.from} 至 ${period.to}，与报告年度 ${year} 年（${year}-01-01 至 ${year}-12-31）不符。`, location });
    }
  },
});
