import { NUMERALS, SECTIONS } from '../../templates/sections.js';
import { defineRule } from '../rule.js';

/** REG2019 第五十条 and the format: six parts, none missing. */
export default defineRule({
  meta: {
    id: 'sections/required',
    severity: 'warning',
    title: '六个部分齐全',
    description:
      '年度报告格式规定正文分六部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。按标题文字识别，缺少任何一部分都会提示。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '报告没有“五、存在的主要问题及改进情况”部分。', sections: { 5: null } },
      correct: { description: '六个部分都在。' },
    },
  },
  check(ctx) {
    const present = new Set(ctx.extraction.sections.map((s) => s.number));
    for (const section of SECTIONS) {
      if (present.has(section.number)) continue;
      ctx.report({ message: `缺少第${NUMERALS[section.number - 1]}部分「${NUMERALS[section.number - 1]}、${section.title}」。` });
    }
  },
});
