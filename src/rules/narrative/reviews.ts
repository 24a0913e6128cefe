import { defineRule } from '../rule.js';

/** The numbers of reviews and lawsuits stated in the prose agree with table 4. */
export default defineRule({
  meta: {
    id: 'narrative/reviews',
    severity: 'warning',
    title: '正文复议、诉讼件数与表四一致',
    description: '正文中写明的政府信息公开行政复议件数应与表四“行政复议”总计一致，行政诉讼件数应与两类行政诉讼总计之和一致。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '正文写“政府信息公开行政复议2件”，表四行政复议总计为 6 件。', sections: { 4: '本年度发生政府信息公开行政复议2件，行政诉讼3件。' } },
      correct: { description: '正文写“政府信息公开行政复议6件，行政诉讼3件”，与表四一致。', sections: { 4: '本年度发生政府信息公开行政复议6件，行政诉讼3件。' } },
    },
  },
  check(ctx) {
    const narrative = ctx.data.narrative ?? {};
    const reviews = ctx.cell('table4.review.total');
    if (narrative.reviews !== undefined && reviews !== null && narrative.reviews !== reviews) {
      ctx.report({
        message: `正文说政府信息公开行政复议 ${narrative.reviews} 件，而表四「行政复议」总计为 ${reviews} 件。`,
        cells: ['table4.review.total'],
        location: ctx.extraction.narrativeLocations.reviews,
      });
    }
    const direct = ctx.cell('table4.litigationDirect.total');
    const after = ctx.cell('table4.litigationAfterReview.total');
    if (narrative.litigations !== undefined && direct !== null && after !== null && narrative.litigations !== direct + after) {
      ctx.report({
        message: `正文说政府信息公开行政诉讼 ${narrative.litigations} 件，而表四两类行政诉讼总计为 ${direct} + ${after} = ${direct + after} 件。`,
        cells: ['table4.litigationDirect.total', 'table4.litigationAfterReview.total'],
        location: ctx.extraction.narrativeLocations.litigations,
      });
    }
  },
});
