import { defineCorpusRule } from './rule.js';

/** Similarity (Jaccard of 5-character shingles, digits ignored) at which a section counts as copied. */
export const COPY_THRESHOLD = 0.8;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** 雷同: a section whose text is (nearly) the same as last year's report or another unit's. */
export default defineCorpusRule({
  meta: {
    id: 'corpus/similar-text',
    severity: 'warning',
    title: '文字与上年或其他单位雷同',
    description:
      '把报告每一部分的文字切成 5 个字的片段（忽略标点、空格和数字，年份和数字改了仍算雷同），用 MinHash 在全部已入库报告中找出相近的同一部分，再精确计算相似度（片段集合的 Jaccard 系数）。与本单位上年报告或其他单位（本年或上年）报告的同一部分相似度达到 80% 以上的，提示“雷同”。少于 80 个字的部分不比较；超过 100 份报告都有的文字（如上级统一下发的表述）视为通用套话，不据此认定雷同，但与套话写在一起的相同段落仍会被发现。',
    examples: {
      incorrect: { description: '“五、存在的主要问题及改进情况”与上年报告只改了年份，相似度 97%。' },
      correct: { description: '本年的问题和改进措施是重新写的，与上年相似度 35%。' },
    },
  },
  needs: 'similar',
  check(ctx) {
    for (const s of ctx.similar) {
      if (s.similarity < COPY_THRESHOLD) continue;
      const part = `第${'一二三四五六七八九十'[s.section - 1] ?? s.section}部分「${s.title}」`;
      if (s.lastYear) {
        ctx.report({ message: `${part}与上年（${s.other.year} 年度）报告的同一部分雷同，相似度 ${pct(s.similarity)}。`, relatedReportId: s.other.id });
        continue;
      }
      const other = `${s.other.unitName ?? s.other.report.meta.agency ?? '另一单位'}${s.other.year === null ? '' : ` ${s.other.year} 年度`}报告`;
      const self = `${ctx.current.unitName ?? ctx.current.report.meta.agency ?? '另一单位'}${ctx.current.year === null ? '' : ` ${ctx.current.year} 年度`}报告`;
      ctx.report({ message: `${part}与${other}的同一部分雷同，相似度 ${pct(s.similarity)}。`, relatedReportId: s.other.id });
      ctx.report({ message: `${part}与${self}的同一部分雷同，相似度 ${pct(s.similarity)}。`, relatedReportId: ctx.current.id, onReportId: s.other.id });
    }
  },
});
