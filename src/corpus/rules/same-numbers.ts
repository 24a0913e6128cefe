import type { Tables } from '../../model/report.js';
import { defineCorpusRule } from './rule.js';

const TABLES = [
  { key: 'table2', name: '表二（主动公开政府信息情况）' },
  { key: 'table3', name: '表三（收到和处理政府信息公开申请情况）' },
  { key: 'table4', name: '表四（行政复议、行政诉讼情况）' },
] as const;

/** A table needs this many non-zero cells before identical numbers mean more than "nothing happened both years". */
const MIN_NONZERO = 3;

function values(tables: Tables, key: 'table2' | 'table3' | 'table4'): Map<string, number> {
  const out = new Map<string, number>();
  for (const [row, group] of Object.entries(tables[key] ?? {})) {
    for (const [column, value] of Object.entries(group)) if (typeof value === 'number') out.set(`${key}.${row}.${column}`, value);
  }
  return out;
}

/** A table whose every number equals last year's was probably not updated. */
export default defineCorpusRule({
  meta: {
    id: 'cross-year/same-numbers',
    severity: 'warning',
    title: '数字与上年完全相同',
    description:
      '同一单位连续两年报告的某张统计表，每个数字都完全相同（且至少有 3 个非零数字），很可能是照抄上年报告、没有按本年度数据更新。全为 0 的表两年相同是常见的，不提示。',
    examples: {
      incorrect: {
        description: '表四两年都是 复议维持 3、纠正 1、其他 0、未审结 0、总计 4 ……',
        previous: { 'table4.review.upheld': 3, 'table4.review.corrected': 1, 'table4.review.total': 4 },
        current: { 'table4.review.upheld': 3, 'table4.review.corrected': 1, 'table4.review.total': 4 },
      },
      correct: { description: '本年复议维持 2 件，与上年不同。', previous: { 'table4.review.upheld': 3 }, current: { 'table4.review.upheld': 2 } },
    },
  },
  needs: 'previous',
  check(ctx) {
    const prev = ctx.previous;
    if (!prev || prev.year === null || ctx.current.year !== prev.year + 1) return;
    for (const table of TABLES) {
      const now = values(ctx.current.report.tables, table.key);
      const before = values(prev.report.tables, table.key);
      if (now.size === 0 || now.size !== before.size) continue;
      let nonZero = 0;
      let same = true;
      for (const [path, value] of now) {
        if (before.get(path) !== value) {
          same = false;
          break;
        }
        if (value !== 0) nonZero++;
      }
      if (!same || nonZero < MIN_NONZERO) continue;
      ctx.report({
        message: `${table.name}的全部 ${now.size} 个数字（其中非零 ${nonZero} 个）与上年（${prev.year} 年度）报告完全相同，请核实是否按本年度数据填报。`,
        cells: [...now.keys()].filter((p) => now.get(p) !== 0).slice(0, 20),
        relatedReportId: prev.id,
      });
    }
  },
});
