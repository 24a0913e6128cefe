/** The cross-year rules over stored reports of the real cross-year pair (洪泽区 2023 and 2024), edited to break each rule. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { DIALECTS } from '../store/dialects.js';
import { corpusFindings, HONGZE_2023, HONGZE_2024, openTestCorpus, parsedFile, sha, storeReport, type TestCorpus } from './helpers.js';

const clone = (r: Report): Report => structuredClone(r);

describe.each(HONGZE_2023 && HONGZE_2024 ? DIALECTS : [])('cross-year rules on %s', (dialect) => {
  let t: TestCorpus;
  let y2023: Report;
  let y2024: Report;
  beforeEach(async () => {
    t = await openTestCorpus(dialect);
    y2023 = await parsedFile(HONGZE_2023!);
    y2024 = await parsedFile(HONGZE_2024!);
  });
  afterEach(() => t.close());

  it('the published pair is consistent: no carried-over, in-force or same-number findings', async () => {
    await storeReport(t.corpus, y2023, sha(1));
    const id = await storeReport(t.corpus, y2024, sha(2));
    expect((await corpusFindings(t.corpus, id)).map((f) => f.rule)).toEqual([]);
  });

  it('上年结转 that differs from last year\'s 结转下年度 is reported per column with both numbers, whichever year is stored first', async () => {
    const edited = clone(y2024);
    edited.tables.table3!.carriedOver!.naturalPerson = 3;
    edited.tables.table3!.carriedOver!.total = 3;
    const id2024 = await storeReport(t.corpus, edited, sha(2));
    expect(await corpusFindings(t.corpus, id2024)).toEqual([]);
    const id2023 = await storeReport(t.corpus, y2023, sha(1));
    const findings = await corpusFindings(t.corpus, id2024, 'cross-year/carried-over');
    expect(findings.map((f) => f.message)).toEqual([
      '表三「二、上年结转政府信息公开申请数量」自然人列为 3，而上年（2023 年度）报告表三「四、结转下年度继续办理」自然人列为 0，两者应相等（相差 3）。',
      '表三「二、上年结转政府信息公开申请数量」总计列为 3，而上年（2023 年度）报告表三「四、结转下年度继续办理」总计列为 0，两者应相等（相差 3）。',
    ]);
    expect(findings.map((f) => [f.severity, f.related_report_id, f.cells_json])).toEqual([
      ['warning', id2023, '["table3.carriedOver.naturalPerson"]'],
      ['warning', id2023, '["table3.carriedOver.total"]'],
    ]);
  });

  it('现行有效件数 that does not follow from last year + 制发 − 废止 is a warning with the arithmetic', async () => {
    const edited = clone(y2024);
    edited.tables.table2!.normativeDocuments!.inForce = 10;
    await storeReport(t.corpus, y2023, sha(1));
    const id = await storeReport(t.corpus, edited, sha(2));
    expect((await corpusFindings(t.corpus, id, 'cross-year/in-force')).map((f) => f.message)).toEqual([
      '表二「行政规范性文件」现行有效件数为 10，而上年（2023 年度）现行有效 5 + 本年制发 3 − 本年废止 0 = 8，相差 2；请核对是否有文件失效、修改或漏报废止。',
    ]);
  });

  it('a table whose numbers all equal last year\'s is flagged', async () => {
    const edited = clone(y2024);
    edited.tables.table4 = structuredClone(y2023.tables.table4);
    await storeReport(t.corpus, y2023, sha(1));
    const id = await storeReport(t.corpus, edited, sha(2));
    expect((await corpusFindings(t.corpus, id, 'cross-year/same-numbers')).map((f) => f.message)).toEqual([
      '表四（行政复议、行政诉讼情况）的全部 15 个数字（其中非零 3 个）与上年（2023 年度）报告完全相同，请核实是否按本年度数据填报。',
    ]);
  });

  it('a section copied from last year (only the year changed) is 雷同 with its similarity', async () => {
    const edited = clone(y2024);
    const s5 = edited.sections.find((s) => s.number === 5)!;
    s5.text = y2023.sections.find((s) => s.number === 5)!.text.replaceAll('2023', '2024');
    const id2024 = await storeReport(t.corpus, edited, sha(2));
    const id2023 = await storeReport(t.corpus, y2023, sha(1));
    const findings = await corpusFindings(t.corpus, id2024, 'corpus/similar-text');
    expect(findings.map((f) => [f.message, f.related_report_id])).toEqual([['第五部分「存在的主要问题及改进情况」与上年（2023 年度）报告的同一部分雷同，相似度 100%。', id2023]]);
    // Storing the pair again (a reparse) does not duplicate the finding.
    await storeReport(t.corpus, y2023, sha(1));
    expect(await corpusFindings(t.corpus, id2024, 'corpus/similar-text')).toHaveLength(1);
  });

  it('a section copied by another unit is 雷同 on both reports, naming the other unit', async () => {
    const other = clone(y2024);
    other.meta.agency = '淮安市淮阴区人民政府';
    const a = await storeReport(t.corpus, y2024, sha(2));
    const b = await storeReport(t.corpus, other, sha(3));
    expect((await corpusFindings(t.corpus, b, 'corpus/similar-text')).map((f) => f.message)).toContain('第一部分「总体情况」与淮安市洪泽区人民政府 2024 年度报告的同一部分雷同，相似度 100%。');
    expect((await corpusFindings(t.corpus, a, 'corpus/similar-text')).map((f) => f.message)).toContain('第一部分「总体情况」与淮安市淮阴区人民政府 2024 年度报告的同一部分雷同，相似度 100%。');
  });
});
