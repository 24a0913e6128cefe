import { defineRule } from '../rule.js';

/** The title names the issuing body and the year: 「××局2023年政府信息公开工作年度报告」. */
export default defineRule({
  meta: {
    id: 'report/title',
    severity: 'warning',
    title: '标题写明机关和年度',
    description: '报告标题应写明发布机关和报告年度，如“××市××局2023年政府信息公开工作年度报告”。没有标题、标题缺机关名称或缺年度时提示。',
    examples: {
      incorrect: { title: null, description: '报告直接从“一、总体情况”开始，没有标题。' },
      correct: { description: '标题为“示例市市场监督管理局2023年政府信息公开工作年度报告”。' },
    },
  },
  check(ctx) {
    const { extraction, data: report } = ctx;
    if (!extraction.title) {
      ctx.report({ message: '没有找到报告标题（应写明机关名称和年度，如“××局2023年政府信息公开工作年度报告”）。' });
      return;
    }
    if (!report.meta.agency) {
      ctx.report({ message: `标题「${extraction.title}」没有写明发布机关。`, location: extraction.titleLoc });
    }
  },
});
