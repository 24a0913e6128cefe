import { NUMERALS, SECTIONS } from '../../templates/sections.js';
import { defineRule } from '../rule.js';

/** Each part carries the format's title (a different wording is pointed out, not rejected). */
export default defineRule({
  meta: {
    id: 'sections/title',
    severity: 'info',
    title: '部分标题与格式一致',
    description: '各部分标题宜与格式规定的文字一致，例如第五部分为“存在的主要问题及改进情况”（2019 年格式也见“政府信息公开工作存在的主要问题及改进情况”）。措辞不同的标题会被指出，便于统一。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '第五部分标题写成“存在的主要问题及整改措施”。', titles: { 5: '五、存在的主要问题及整改措施' } },
      correct: { description: '各部分标题与格式一致。' },
    },
  },
  check(ctx) {
    for (const section of ctx.extraction.sections) {
      const expected = SECTIONS[section.number - 1]!;
      if (expected.accepted.test(section.normTitle)) continue;
      ctx.report({
        message: `第${NUMERALS[section.number - 1]}部分标题为「${section.title}」，格式规定为「${expected.title}」。`,
        location: section.loc,
      });
    }
  },
});
