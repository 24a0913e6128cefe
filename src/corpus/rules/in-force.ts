import { cellValue } from '../../rules/engine.js';
import { formatNumber as n } from '../../rules/format.js';
import { defineCorpusRule } from './rule.js';

const ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '行政规范性文件' },
] as const;

/** domain.md R2.2: 现行有效件数 this year ≈ last year's + 本年制发 − 本年废止 (a heuristic: documents also lapse). */
export default defineCorpusRule({
  meta: {
    id: 'cross-year/in-force',
    severity: 'warning',
    title: '现行有效件数前后衔接',
    description:
      '2021 年版格式表二的“现行有效件数”应大致等于上年度报告的现行有效件数加本年制发件数、减本年废止件数（规章、行政规范性文件两行分别计算）。文件也会因到期失效或修改而变化，所以不一致只作警告，请核对是否漏报了废止或失效的文件。2019 年版的“对外公开总数量”不是同一概念，不跨格式检查。',
    examples: {
      incorrect: {
        description: '上年现行有效 5 件，本年制发 3 件、废止 0 件，本年却报现行有效 10 件。',
        previous: { 'table2.normativeDocuments.inForce': 5 },
        current: { 'table2.normativeDocuments.issued': 3, 'table2.normativeDocuments.repealed': 0, 'table2.normativeDocuments.inForce': 10 },
      },
      correct: {
        description: '5 + 3 − 0 = 8，本年报现行有效 8 件。',
        previous: { 'table2.normativeDocuments.inForce': 5 },
        current: { 'table2.normativeDocuments.issued': 3, 'table2.normativeDocuments.repealed': 0, 'table2.normativeDocuments.inForce': 8 },
      },
    },
  },
  needs: 'previous',
  check(ctx) {
    const prev = ctx.previous;
    if (!prev || prev.year === null || ctx.current.year !== prev.year + 1) return;
    if (ctx.current.report.meta.template !== '2021' || prev.report.meta.template !== '2021') return;
    for (const row of ROWS) {
      const before = cellValue(prev.report, `table2.${row.key}.inForce`);
      const issued = cellValue(ctx.current.report, `table2.${row.key}.issued`);
      const repealed = cellValue(ctx.current.report, `table2.${row.key}.repealed`);
      const now = cellValue(ctx.current.report, `table2.${row.key}.inForce`);
      if (before === null || issued === null || repealed === null || now === null) continue;
      const expected = before + issued - repealed;
      if (now === expected) continue;
      ctx.report({
        message:
          `表二「${row.label}」现行有效件数为 ${n(now)}，而上年（${prev.year} 年度）现行有效 ${n(before)} + 本年制发 ${n(issued)} − 本年废止 ${n(repealed)} = ${n(expected)}，` +
          `相差 ${n(now - expected)}；请核对是否有文件失效、修改或漏报废止。`,
        cells: [`table2.${row.key}.inForce`, `table2.${row.key}.issued`, `table2.${row.key}.repealed`],
        relatedReportId: prev.id,
      });
    }
  },
});
