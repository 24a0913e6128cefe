/** Shingles, MinHash bands and sentence diffs: near-copies share bands, unrelated texts do not. */
import { describe, expect, it } from 'vitest';
import { diffSentences, sentences } from '../../src/corpus/compare.js';
import { bandKeys, signature } from '../../src/corpus/similarity/minhash.js';
import { reportBands, sectionSimilarity } from '../../src/corpus/similarity/sections.js';
import { jaccard, normalizeText, shingles } from '../../src/corpus/similarity/shingles.js';

const A =
  '2023年，本局信息公开工作虽然取得了一些成绩，但对照上级要求和人民群众期望，还存在差距和不足。如政务公开体制机制有待进一步完善、政务公开意识有待进一步加强、政策解读方式有待进一步丰富。下一步，全局将进一步加强对政务公开工作的组织领导。';
const B = '全年共办理人大代表建议和政协提案十二件，全部按期办结，满意率达到百分之百。区政府门户网站新开设优化营商环境专栏，集中发布惠企政策文件和办事指南，方便企业群众查询，并通过政务新媒体同步推送。';

describe('text similarity', () => {
  it('ignores punctuation, spaces and changed numbers', () => {
    expect(normalizeText('2023 年，共 12 件。')).toBe('#年共#件');
    expect(sectionSimilarity(A, A.replace('2023', '2024'))).toBe(1);
  });
  it('rates unrelated texts low and near-copies high', () => {
    expect(sectionSimilarity(A, B)!).toBeLessThan(0.05);
    const edited = A.replace('下一步，全局将进一步加强对政务公开工作的组织领导。', '下一步将加强培训。');
    expect(sectionSimilarity(A, edited)!).toBeGreaterThan(0.7);
  });
  it('MinHash estimates Jaccard similarity, and near-copies share a band of the same section only', () => {
    const sa = shingles(normalizeText(A));
    const sb = shingles(normalizeText(A.slice(0, 100) + B.slice(0, 20)));
    const [ga, gb] = [signature(sa), signature(sb)];
    const agree = ga.filter((v, i) => v === gb[i]).length / ga.length;
    expect(Math.abs(agree - jaccard(sa, sb))).toBeLessThan(0.2);
    const copy = signature(shingles(normalizeText(A.replace('2023', '2024'))));
    expect(bandKeys(ga, 5).filter((k) => bandKeys(copy, 5).includes(k)).length).toBe(16);
    expect(bandKeys(ga, 5).filter((k) => bandKeys(copy, 1).includes(k))).toEqual([]);
  });
  it('does not index sections too short to judge', () => {
    expect(reportBands([{ number: 6, title: '其他需要报告的事项', text: '本年度未收取信息处理费。' }])).toEqual([]);
  });
  it('diffs sentences, matching those that differ only in numbers', () => {
    const d = diffSentences(sentences('2023年，共收到申请5件。全部按时答复。'), sentences('2024年，共收到申请9件。部分延期答复。'));
    expect(d).toEqual({ onlyA: ['全部按时答复。'], onlyB: ['部分延期答复。'], common: ['2024年，共收到申请9件。'] });
  });
});
