import { defineRule } from '../rule.js';

const OPENING_YEAR = /^((?:19|20)\d{2})年/;

/** A year other than the report year where the report year is meant: often text copied from last year's report. */
export default defineRule({
  meta: {
    id: 'report/other-year',
    severity: 'warning',
    title: '该写本年度处写了其他年份',
    description:
      '“总体情况”“主动公开”“依申请公开”等部分的开头通常写“××年，我局……”。若这里写的年份既不是报告年度，也不是下一年度（改进措施常写下一年），很可能是照搬往年报告未改，予以提示。标题年份与统计期限年份不一致也在此提示。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '2023 年度报告的“总体情况”开头写成“2022年，我局……”。', sections: { 1: '2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。全年共收到政府信息公开申请65件。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。' } },
      correct: { description: '各部分开头写的都是 2023 年。' },
    },
  },
  check(ctx) {
    const year = ctx.data.meta.year;
    if (year === null) return;
    const period = ctx.data.narrative?.statisticsPeriod;
    const titleYear = ctx.extraction.title ? Number(/((?:19|20)\d{2})/.exec(ctx.extraction.title)?.[1]) : NaN;
    if (period && Number.isFinite(titleYear) && Number(period.from.slice(0, 4)) !== titleYear && period.from.slice(0, 4) === period.to.slice(0, 4)) {
      ctx.report({
        message: `标题年份为 ${titleYear} 年，而统计期限为 ${period.from.slice(0, 4)} 年，二者应一致。`,
        location: ctx.extraction.narrativeLocations.statisticsPeriod ?? ctx.extraction.titleLoc,
      });
    }
    for (const section of ctx.extraction.sections) {
      if (section.number > 4) continue;
      const opening = section.text.replace(/\s+/g, '');
      const m = OPENING_YEAR.exec(opening.replace(/^[（(][一二三四五六七八九十]+[)）][^。，,]{0,20}?[。.:：]?/, ''));
      if (!m) continue;
      const mentioned = Number(m[1]);
      if (mentioned === year || mentioned === year + 1) continue;
      ctx.report({
        message: `第${'一二三四'[section.number - 1]}部分开头写的是“${m[1]}年”，而本报告是 ${year} 年度报告，请核实是否沿用了往年报告的文字。`,
        location: section.loc,
      });
    }
  },
});
