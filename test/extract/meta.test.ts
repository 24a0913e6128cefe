/** Title, agency, year, publication date and statistics period, from the ways real reports print them. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';

async function parse(text: string) {
  const { report } = await parseReport(new TextEncoder().encode(text), 'r.txt', { check: true });
  return report;
}

const BODY = '一、总体情况\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';

describe('report metadata', () => {
  it('reads agency and year from a one-line title', async () => {
    const report = await parse(`随州市商务局2023年政府信息公开工作年度报告\n${BODY}`);
    expect(report.meta).toMatchObject({ agency: '随州市商务局', year: 2023 });
  });

  it('reads a title split over two lines, with the agency on the first', async () => {
    const report = await parse(`            洪泽区人民政府\n      2023 年政府信息公开工作年度报告\n${BODY}`);
    expect(report.meta).toMatchObject({ agency: '洪泽区人民政府', year: 2023 });
  });

  it('reads the agency after the year', async () => {
    const report = await parse(`正文\n2024 年上海市科委政府信息公开工作\n年度报告\n${BODY}`);
    expect(report.meta).toMatchObject({ agency: '上海市科委', year: 2024 });
  });

  it('reads a "关于…的年度报告" title', async () => {
    const report = await parse(`示例县教育局关于2023年度政府信息公开工作的年度报告\n${BODY}`);
    expect(report.meta).toMatchObject({ agency: '示例县教育局', year: 2023 });
  });

  it('drops a field label a crawler put before the title', async () => {
    const report = await parse(`标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局\n${BODY}`);
    expect(report.meta.agency).toBe('沭阳县发展和改革局');
  });

  it('corrects a place name misread by OCR when the division list allows one correction only', async () => {
    const report = await parse(`# 沐阳县人民政府 2025 年 政府信息公开工作年度报告\n${BODY.replace(/2023/g, '2025')}`);
    expect(report.meta.agency).toBe('沭阳县人民政府');
    expect(report.findings.map((f) => f.rule)).toContain('extract/agency-corrected');
  });

  it('prefers a labelled publication date over the signature date', async () => {
    const report = await parse(`随州市商务局2023年政府信息公开工作年度报告\n发布日期:2024-01-02 08:27 信息来源:随州市商务局\n${BODY}随州市商务局\n2024年1月3日\n`);
    expect(report.meta.publishDate).toBe('2024-01-02');
  });

  it('reads a signature date written in Chinese numerals', async () => {
    const report = await parse(`示例县教育局2023年政府信息公开工作年度报告\n${BODY}示例县教育局\n二〇二四年一月十日\n`);
    expect(report.meta.publishDate).toBe('2024-01-10');
  });

  it('does not take a date inside the report year as the publication date', async () => {
    const report = await parse(`示例县教育局2023年政府信息公开工作年度报告\n${BODY}2023年12月31日\n`);
    expect(report.meta.publishDate).toBeNull();
  });

  it('takes the year from the statistics period when there is no title', async () => {
    const report = await parse(BODY);
    expect(report.meta.year).toBe(2023);
    expect(report.meta.agency).toBeNull();
    expect(report.findings.map((f) => f.rule)).toContain('report/title');
  });

  it('reads a statistics period stated as "统计截至…12月31日"', async () => {
    const report = await parse(`示例县教育局2023年政府信息公开工作年度报告\n${BODY.replace(/本报告中所列数据的统计期限[^。]*。/, '本报告数据统计截至2023年12月31日。')}`);
    expect(report.narrative?.statisticsPeriod).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});

describe('a title below a navigation word', () => {
  it('is read from its own line', async () => {
    const report = await parse(`信息公开\n和田地区商务局2023年政府信息公开工作年度报告\n${BODY}`);
    expect(report.meta.agency).toBe('和田地区商务局');
  });
});

describe('other title forms', () => {
  it('reads a title with the year after 政府信息公开', async () => {
    const report = await parse(`随州市商务局政府信息公开工作2023年度报告\n${BODY}`);
    expect(report.meta).toMatchObject({ agency: '随州市商务局', year: 2023 });
  });
});

describe('six parts numbered （一）…（六）', () => {
  it('are the sections when the report has no 一、 numbering', async () => {
    const body = BODY.replace(/^一、/m, '（一）').replace(/^二、/m, '（二）').replace(/^三、/m, '（三）').replace(/^四、/m, '（四）').replace(/^五、/m, '（五）').replace(/^六、/m, '（六）');
    const report = await parse(`示例县教育局2023年政府信息公开工作年度报告\n${body}`);
    expect(report.sections.map((s) => [s.number, s.title])).toEqual([
      [1, '总体情况'],
      [2, '主动公开政府信息情况'],
      [3, '收到和处理政府信息公开申请情况'],
      [4, '政府信息公开行政复议、行政诉讼情况'],
      [5, '存在的主要问题及改进情况'],
      [6, '其他需要报告的事项'],
    ]);
    expect(report.findings.map((f) => f.rule)).not.toContain('sections/required');
  });
});
