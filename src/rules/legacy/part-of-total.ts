import { LEGACY_PART_CHECKS } from '../../templates/legacy.js';
import { defineRule } from '../rule.js';
import { evaluateLegacyCheck } from './checks.js';

/** RL.8: a "其中" row cannot exceed the row it is part of. */
export default defineRule({
  meta: {
    id: 'legacy/part-of-total',
    severity: 'error',
    title: '统计表“其中”项不大于所属栏目',
    description: '统计表中“其中：”开头的栏目是上一栏目的一部分，不能大于它：主动公开规范性文件数不大于主动公开政府信息数，主要负责同志参加新闻发布会次数不大于新闻发布会总次数。',
    templates: ['legacy'],
    arithmetic: true,
    examples: {
      incorrect: { template: 'legacy', description: '主要负责同志参加新闻发布会 3 次，而新闻发布会总次数只有 2 次。', cells: { 'legacy.二、回应解读情况/主要负责同志参加新闻发布会次数': 3 } },
      correct: { template: 'legacy', description: '“其中”项不大于所属栏目。' },
    },
  },
  check(ctx) {
    for (const check of LEGACY_PART_CHECKS) evaluateLegacyCheck(ctx, check, '“其中”项是所属栏目的一部分，不能大于它。');
  },
});
