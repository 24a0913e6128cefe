import { defineRule } from '../rule.js';

const NAMES = { '2021': '2021 年格式（国办公开办函〔2021〕30号）', '2019': '2019 年格式（国办公开办函〔2019〕60号）', legacy: '2018 年及以前的统计表格式' } as const;

/** domain.md §1.2: 2019–2020 reports use the 2019 format, 2021 onward the 2021 format, earlier ones the legacy table. */
export default defineRule({
  meta: {
    id: 'report/template-year',
    severity: 'warning',
    title: '报告格式与年度相符',
    description:
      '2021 年及以后的年度报告应使用国办公开办函〔2021〕30号印发的格式，2019、2020 年度使用〔2019〕60号格式，2018 年及以前使用原统计表。格式按表格结构判断（正文引用的文号常常不准），与年度不符时提示。',
    examples: {
      incorrect: { template: '2019', meta: { year: 2023 }, description: '2023 年度报告的表二仍是 2019 年格式（本年新制作数量、对外公开总数量……）。' },
      correct: { description: '2023 年度报告使用 2021 年格式。' },
    },
  },
  check(ctx) {
    const { fromStructure, fromYear } = ctx.extraction.templateEvidence;
    if (!fromStructure || !fromYear || fromStructure === fromYear) return;
    ctx.report({
      message: `这是 ${ctx.data.meta.year} 年度的报告，应使用${NAMES[fromYear]}，但表格结构是${NAMES[fromStructure]}。`,
    });
  },
});
