import { LEGACY_CHANNEL_CHECKS } from '../../templates/legacy.js';
import { defineRule } from '../rule.js';
import { evaluateLegacyCheck } from './checks.js';

/** RL.9: every item is published (or responded to) through at least one channel. */
export default defineRule({
  meta: {
    id: 'legacy/channel-sum',
    severity: 'warning',
    title: '统计表各渠道之和不小于总数',
    description:
      '主动公开政府信息数按“不同渠道和方式公开相同信息计1条”统计，因此通过政府网站、政务微博、政务微信、其他方式公开的条数之和不应小于它；回应解读情况同理。表注要求两者相等，但同一信息可经多个渠道公开，故仅在各渠道之和小于总数时提示。',
    templates: ['legacy'],
    examples: {
      incorrect: { template: 'legacy', description: '主动公开政府信息 80 条，而各渠道公开合计只有 72 条。', cells: { 'legacy.一、主动公开情况/(一)主动公开政府信息数': 80 } },
      correct: { template: 'legacy', description: '各渠道公开条数之和等于主动公开政府信息数。' },
    },
  },
  check(ctx) {
    for (const check of LEGACY_CHANNEL_CHECKS) evaluateLegacyCheck(ctx, check, '每条信息至少经一个渠道公开，各渠道之和不应小于总数。');
  },
});
