/** The six section headings of the 2019 and 2021 formats, as data. */

export interface SectionDef {
  number: number;
  title: string;
  /** Recognises the heading's title (normalised, without its numeral). */
  pattern: RegExp;
  /** Accepted alternative titles (a different wording is reported, not rejected). */
  accepted: RegExp;
  /** The table this section holds, if any. */
  table?: 'table2' | 'table3' | 'table4';
}

export const SECTIONS: readonly SectionDef[] = [
  { number: 1, title: '总体情况', pattern: /^总体情况|^概述$|^总体/, accepted: /^总体情况$/ },
  {
    number: 2,
    title: '主动公开政府信息情况',
    pattern: /主动公开政府信息(?:情况|工作)?$|^主动公开(?:政府信息)?情况$/,
    accepted: /^主动公开政府信息情况$/,
    table: 'table2',
  },
  {
    number: 3,
    title: '收到和处理政府信息公开申请情况',
    pattern: /收到和处理政府信息公开申请|收到和处理.*申请情况/,
    accepted: /^收到和处理政府信息公开申请情况$/,
    table: 'table3',
  },
  {
    number: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    pattern: /行政复议.{0,3}行政诉讼|行政复议和提起行政诉讼/,
    accepted: /^政府信息公开行政复议、?行政诉讼情况$/,
    table: 'table4',
  },
  {
    number: 5,
    title: '存在的主要问题及改进情况',
    pattern: /存在的主要问题|主要问题及|问题和改进|问题及改进|问题及整改/,
    accepted: /^(?:政府信息公开工作)?存在的主要问题及改进情况$/,
  },
  { number: 6, title: '其他需要报告的事项', pattern: /其他需要报告的事项|其他需要报告/, accepted: /^其他需要报告的事项$/ },
];

/** Chinese numerals 一…二十 → 1…20. */
export function chineseNumeral(text: string): number | null {
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] && !m[3] ? digits[m[1]]! : null;
  return (m[1] ? digits[m[1]]! : 1) * 10 + (m[3] ? digits[m[3]]! : 0);
}

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
