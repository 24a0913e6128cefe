import { NUMERALS, SECTIONS } from '../../templates/sections.js';
import { defineRule } from '../rule.js';

/** The six parts come in the format's order, numbered 一 to 六. */
export default defineRule({
  meta: {
    id: 'sections/order',
    severity: 'warning',
    title: '六个部分顺序和序号正确',
    description: '六个部分应按格式顺序排列，序号依次为一至六。某部分的序号与内容不符（如把“主动公开政府信息情况”标为“一、”）、顺序颠倒或重复出现，都会提示。',
    templates: ['2019', '2021'],
    examples: {
      incorrect: { description: '“收到和处理政府信息公开申请情况”被标成了“二、”。', titles: { 3: '二、收到和处理政府信息公开申请情况' } },
      correct: { description: '六个部分依次标为一至六。' },
    },
  },
  check(ctx) {
    const seen = new Set<number>();
    let last = 0;
    for (const section of ctx.extraction.sections) {
      const expected = SECTIONS[section.number - 1]!;
      const name = `「${section.title}」`;
      if (seen.has(section.number)) {
        ctx.report({ message: `第${NUMERALS[section.number - 1]}部分${name}重复出现。`, location: section.loc });
        continue;
      }
      seen.add(section.number);
      if (section.printedNumber !== null && section.printedNumber !== section.number) {
        ctx.report({
          message: `${name}应为第${NUMERALS[section.number - 1]}部分（${NUMERALS[section.number - 1]}、${expected.title}），原文序号为「${NUMERALS[section.printedNumber - 1] ?? section.printedNumber}、」。`,
          location: section.loc,
        });
      } else if (section.number < last) {
        ctx.report({ message: `${name}出现在第${NUMERALS[last - 1]}部分之后，顺序与格式不符。`, location: section.loc });
      }
      last = Math.max(last, section.number);
    }
  },
});
