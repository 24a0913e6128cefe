/**
 * Boilerplate and 雷同: text that more than STOP_BAND_POSTINGS reports carry makes no candidate
 * pairs (a stop band), while a paragraph two reports share still makes them 雷同 — also when it
 * sits beside the boilerplate. On every dialect, through the same store calls as ingest.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyName, random } from '../../src/bench/corpus-synth.js';
import type { Report } from '../../src/model/report.js';
import { STOP_BAND_POSTINGS } from '../../src/store/text-bands.js';
import { DIALECTS } from '../store/dialects.js';
import { corpusFindings, openTestCorpus, parsedFile, SAMPLES, sha, storeReport, type TestCorpus } from './helpers.js';

const WORDS = ['政务公开', '信息发布', '依申请公开', '政策解读', '回应关切', '平台建设', '监督保障', '工作机制', '制度建设', '组织领导', '人员培训', '网站栏目', '数据开放', '办事指南', '便民服务', '营商环境', '公众参与', '意见征集', '新闻发布', '考核评议', '档案管理', '保密审查', '社会评议', '窗口服务', '基层公开', '标准目录', '动态调整', '解读材料', '互动交流', '舆情回应', '专项检查', '督促整改'];

/** Text of about `length` characters made of the words above, the same for the same seed. */
function prose(seed: number, length: number): string {
  const rnd = random(seed);
  let out = '';
  while (out.length < length) {
    out += Array.from({ length: 6 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join('') + '。';
  }
  return out;
}

/** Every report's section 5, and the first part of its section 1: the wording many reports were given. */
const BOILERPLATE = prose(1, 300);
const BOILERPLATE_INTRO = prose(2, 150);
/** A paragraph only two reports share. */
const SHARED = prose(3, 450);

const COMMON = STOP_BAND_POSTINGS + 5;

describe.each(DIALECTS)('boilerplate on %s', (dialect) => {
  let t: TestCorpus;
  const ids: number[] = [];
  let copier: number;
  let copied: number;

  beforeAll(async () => {
    t = await openTestCorpus(dialect);
    const base = await parsedFile(path.join(SAMPLES, 'luolong-commerce-2023.txt'));
    const report = (agency: string, section1: string): Report => {
      const r = structuredClone(base);
      r.meta = { ...r.meta, agency, year: 2024 };
      r.sections = r.sections.map((s) => (s.number === 1 ? { ...s, text: section1 } : s.number === 5 ? { ...s, text: BOILERPLATE } : s));
      return r;
    };
    // More reports than the cutoff carry the boilerplate; each section 1 has its own words after it.
    for (let i = 0; i < COMMON; i++) ids.push(await storeReport(t.corpus, report(agencyName(i), BOILERPLATE_INTRO + prose(100 + i, 450)), sha(i + 1)));
    copied = await storeReport(t.corpus, report(agencyName(COMMON), BOILERPLATE_INTRO + SHARED), sha(COMMON + 1));
    copier = await storeReport(t.corpus, report(agencyName(COMMON + 1), BOILERPLATE_INTRO + SHARED), sha(COMMON + 2));
  }, 180_000);
  afterAll(() => t.close());

  const similar = async (id: number) => (await corpusFindings(t.corpus, id, 'corpus/similar-text')).map((f) => [f.message.slice(0, 4), f.related_report_id]);

  it('a few reports with the same section are 雷同 (the boilerplate is not yet known as such)', async () => {
    expect(await similar(ids[1]!)).toContainEqual(['第五部分', ids[0]]);
  });

  it('two reports sharing only text that more than the cutoff carry are not 雷同', async () => {
    const [a, b] = ids.slice(-2);
    expect(await similar(a!)).toEqual([]);
    expect(await similar(b!)).toEqual([]);
  });

  it('two reports sharing a distinctive paragraph beside the boilerplate still are, on both reports', async () => {
    expect(await similar(copier)).toEqual([['第一部分', copied]]);
    expect(await similar(copied)).toEqual([['第一部分', copier]]);
    const [finding] = await corpusFindings(t.corpus, copier, 'corpus/similar-text');
    expect(finding!.message).toBe(`第一部分「总体情况」与${agencyName(COMMON)} 2024 年度报告的同一部分雷同，相似度 100%。`);
  });
});
