import { normalizeLabel } from '../../text/normalize.js';
import { defineRule } from '../rule.js';

const FEE_WORDS = /处理费|收费/;

/** 2021 format, part 六: the information processing fees (国办函〔2020〕109号) are reported, even as a nil statement. */
export default defineRule({
  meta: {
    id: 'report/processing-fee',
    severity: 'warning',
    title: '第六部分报告信息处理费',
    description:
      '按 2021 年格式，第六部分应报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况，没有收费的也应写明（如“本年度未收取信息处理费”）。',
    templates: ['2021'],
    examples: {
      incorrect: { description: '第六部分只写了“无其他需要报告的事项。”', sections: { 6: '无其他需要报告的事项。' } },
      correct: { description: '第六部分写明“本年度未收取信息处理费。”' },
    },
  },
  check(ctx) {
    const six = ctx.extraction.sections.find((s) => s.number === 6);
    if (!six) return;
    if (FEE_WORDS.test(normalizeLabel(six.text, ctx.extraction.traditional))) return;
    ctx.report({ message: '第六部分「其他需要报告的事项」没有报告信息处理费的收取情况（没有收费的也应写明）。', location: six.loc });
  },
});
