/**
 * The seed reports laid out as government web pages (test/fixtures/html, built by build.ts) give the
 * seeds' verified values, whatever the page's encoding, chrome and table markup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/parse.js';
import { readHtml } from '../../../src/readers/html/html-reader.js';
import '../../../src/readers/register.js';
import { ARITHMETIC_RULE_IDS } from '../../../src/rules/index.js';
import { buildFixtures, FIXTURE_DIR } from '../../fixtures/html/build.js';
import { cellDifferences } from '../../helpers/cells.js';
import { REPO_ROOT, type Gold } from '../../helpers/shared.js';

const gold = (seed: string): Gold => JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/seeds', `${seed}.gold.json`), 'utf8')) as Gold;
const fixtures = buildFixtures();
const bytesOf = (file: string): Buffer => readFileSync(path.join(FIXTURE_DIR, file));

describe('seed reports as web pages', () => {
  for (const { file, seed } of fixtures) {
    it(`${file} gives the gold values of ${seed}`, async () => {
      const { report } = await parseReport(bytesOf(file), file, { check: true });
      const want = gold(seed);
      expect(report.error).toBeUndefined();
      expect(report.source.format).toBe('html');
      expect(report.meta.template).toBe(want.template);
      expect(cellDifferences(report, want.cells)).toEqual([]);
      for (const key of ['agency', 'year', 'publishDate'] as const) {
        if (want.meta[key] !== null) expect(report.meta[key], key).toBe(want.meta[key]);
      }
      expect(report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule))).toEqual([]);
    });
  }

  it('the committed fixtures are what the builder makes', () => {
    for (const { file, bytes } of fixtures) expect(Buffer.compare(bytesOf(file), Buffer.from(bytes)), file).toBe(0);
  });
});

describe('what the reader sees on each page', () => {
  it('GBK portal of nested layout tables: three report tables, title and publication line first', async () => {
    const doc = await readHtml(bytesOf('suizhou-commerce-2023.gbk-portal.html'));
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
    expect(doc.blocks.slice(0, 2).map((b) => b.kind === 'text' && b.text)).toEqual([
      '随州市商务局2023年政府信息公开工作年度报告',
      '发布日期:2024-01-02 08:27 信息来源:随州市商务局 编辑:随州市商务局 审核: 李发兵 字号:[大 中 小]',
    ]);
    const texts = doc.blocks.filter((b) => b.kind === 'text').map((b) => b.text);
    for (const chrome of ['当前位置', '政府信息公开指南', '打印本页', '扫一扫', '网站标识码', 'hm.baidu.com']) {
      expect(texts.some((t) => t.includes(chrome)), chrome).toBe(false);
    }
    expect(doc.hints).toEqual({ title: '随州市商务局2023年政府信息公开工作年度报告' });
  });

  it('GBK platform page: the metadata table is left out and gives the publication date', async () => {
    const doc = await readHtml(bytesOf('luolong-commerce-2023.gbk-platform.html'));
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.text.includes('索'))).toBe(false);
    expect(doc.hints).toEqual({ title: '洛龙区商务局 2023 年政府信息公开工作年度报告', publishDate: '2024-01-19' });
    const levels = doc.blocks.flatMap((b) => (b.kind === 'text' && b.headingLevel ? [b.headingLevel] : []));
    expect(levels).toEqual([1, 2, 2, 3, 4, 4, 4]);
  });

  it('Word export in Traditional script: blank zero cells, Word sizing row, lines wrapped in the source', async () => {
    const doc = await readHtml(bytesOf('fuyuan-city-2023.word-traditional.html'));
    expect(doc.script).toBe('traditional');
    expect(doc.hints).toEqual({ title: '一、總體情況' });
    const [table2] = doc.blocks.filter((b) => b.kind === 'table');
    expect(table2!.rows[2]!.map((c) => c.text)).toEqual(['規章', '', '', '']);
    expect(table2!.rows[3]!.map((c) => c.text)).toEqual(['行政規範性文件', '7', '7', '23']);
    // Word wrapped this paragraph's source lines between Chinese characters: printed without gaps.
    const paragraph = readFileSync(path.join(REPO_ROOT, 'samples/fuyuan-city-2023.txt'), 'utf8').split('\n').find((l) => l.startsWith('建立健全信息發布'));
    expect(doc.blocks.some((b) => b.kind === 'text' && b.text === paragraph)).toBe(true);
    expect(readFileSync(path.join(FIXTURE_DIR, 'fuyuan-city-2023.word-traditional.html'), 'utf8')).toMatch(/[\u4e00-\u9fff]\r\n[\u4e00-\u9fff]/);
  });

  it('UTF-8 page with a BOM: <br> inside header cells becomes a space, the split title two lines', async () => {
    const doc = await readHtml(bytesOf('hotan-commerce-2023.bom-br.html'));
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.slice(0, 2).map((b) => b.kind === 'text' && b.text)).toEqual(['和田地区商务局2023年政府信息公开', '工作年度报告']);
    const table3 = doc.blocks.filter((b) => b.kind === 'table')[1]!;
    expect(table3.rows[2]!.map((c) => c.text)).toEqual(['商业 企业', '科研 机构', '社会公益组织', '法律服务机构', '其他']);
    expect(table3.rows[6]![0]!.text).toBe('（二）部分公开 （区分处理的，只计这一情形，不计其他情形）');
  });
});
