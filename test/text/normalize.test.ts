import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../src/text/normalize.js';
import { isTraditional, toSimplified } from '../../src/text/script.js';

describe('normalising labels for matching', () => {
  it('makes brackets, colons and digits half-width and drops whitespace and quotes', () => {
    expect(normalizeLabel('（三）3.危及“三安全一稳定”')).toBe('(三)3.危及三安全一稳定');
    expect(normalizeLabel('本年收费金额（单位：万元）')).toBe('本年收费金额(单位:万元)');
    expect(normalizeLabel('商业 \u3000企业')).toBe('商业企业');
    expect(normalizeLabel('１、申请人')).toBe('1.申请人');
  });

  it('reads Traditional script and zh-TW vocabulary as Simplified', () => {
    expect(normalizeLabel('行政規範性檔案', true)).toBe('行政规范性文件');
    expect(normalizeLabel('政府資訊公開', true)).toBe('政府信息公开');
    expect(normalizeLabel('4.無正當理由大量反覆申請', true)).toBe('4.无正当理由大量反复申请');
    expect(normalizeLabel('(三)申請答覆數', true)).toBe('(三)申请答复数');
  });

  it('converts Traditional characters one by one', () => {
    expect(toSimplified('收到和處理政府信息公開申請情況')).toBe('收到和处理政府信息公开申请情况');
  });

  it('tells Traditional text from Simplified', () => {
    expect(isTraditional('一、總體情況 2023年,我市堅持以習近平新時代中國特色社會主義思想為指導,嚴格執行')).toBe(true);
    expect(isTraditional('一、总体情况 2023年，我市坚持以习近平新时代中国特色社会主义思想为指导，严格执行')).toBe(false);
  });
});
