import { table4GroupName, table4ResultName } from '../../templates/labels.js';
import { TABLE4_GROUPS, TABLE4_RESULTS } from '../../templates/table4.js';
import { formatNumber as n, sumText } from '../format.js';
import { defineRule } from '../rule.js';

const PARTS = TABLE4_RESULTS.filter((r) => r.key !== 'total').map((r) => r.key);

/** R4.1–R4.3: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export default defineRule({
  meta: {
    id: 'table4/group-sum',
    severity: 'error',
    title: '表四各组总计等于四项结果之和',
    description:
      '表四的行政复议、未经复议直接起诉、复议后起诉三组中，每组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结四项之和。',
    templates: ['2019', '2021'],
    arithmetic: true,
    examples: {
      incorrect: { description: '行政复议结果维持 3、结果纠正 1，总计却填 0。', cells: { 'table4.review.total': 0 } },
      correct: { description: '三组的总计都等于四项结果之和。' },
    },
  },
  check(ctx) {
    const table = ctx.data.tables.table4;
    if (!table) return;
    for (const group of TABLE4_GROUPS) {
      const values = table[group.key];
      const total = values?.total;
      if (!values || total == null) continue;
      const parts = PARTS.map((r) => values[r]);
      if (parts.some((v) => v == null)) continue;
      const sum = parts.reduce((s, v) => s! + v!, 0)!;
      if (sum === total) continue;
      const terms = PARTS.map((r, i) => ({ name: table4ResultName(r), value: parts[i]! }));
      ctx.report({
        message: `表四「${table4GroupName(group.key)}」：总计 ${n(total)} ≠ ${sumText(terms)}。`,
        cells: [`table4.${group.key}.total`, ...PARTS.map((r) => `table4.${group.key}.${r}`)],
      });
    }
  },
});
