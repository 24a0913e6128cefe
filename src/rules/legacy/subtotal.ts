import { LEGACY_SUM_CHECKS } from '../../templates/legacy.js';
import { defineRule } from '../rule.js';
import { evaluateLegacyCheck } from './checks.js';

/** RL.1–RL.7: in the legacy statistical table, parts add up to the indicator they break down. */
export default defineRule({
  meta: {
    id: 'legacy/subtotal',
    severity: 'error',
    title: '统计表分项之和等于总栏目',
    description:
      '2018 年及以前的政府信息公开工作情况统计表注明“各子栏目数总数要等于总栏目数量”：收到申请数等于五种申请方式之和，申请办结数等于按时与延期办结之和，申请答复数等于八类答复之和，不同意公开答复数等于六种情形之和，行政复议、行政诉讼、被举报投诉数量各等于其三种结果之和，从事政府信息公开工作人员数等于专职与兼职之和。报送查阅场所的信息数等于纸质与电子文件数之和仅作提示（同一文件可能两种都报送）。',
    templates: ['legacy'],
    arithmetic: true,
    examples: {
      incorrect: { template: 'legacy', description: '收到申请数填 9，而当面、传真、网络、信函、其他五种方式相加为 8。', cells: { 'legacy.三、依申请公开情况/(一)收到申请数': 9 } },
      correct: { template: 'legacy', description: '各子栏目之和等于总栏目。' },
    },
  },
  check(ctx) {
    for (const check of LEGACY_SUM_CHECKS) {
      evaluateLegacyCheck(ctx, check, check.severity === 'warning' ? '同一文件可能既报送纸质又报送电子版，请核实。' : '各子栏目数总数要等于总栏目数量。');
    }
  },
});
