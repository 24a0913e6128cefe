/** Table 4 (政府信息公开行政复议、行政诉讼情况): one row of 15 cells, as data. */

export const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议', pattern: /行政复议(?!后)/ },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）', pattern: /未经复议|直接起诉/ },
  { key: 'litigationAfterReview', label: '行政诉讼（复议后起诉）', pattern: /复议后起诉/ },
] as const;

export const TABLE4_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export type Table4Group = (typeof TABLE4_GROUPS)[number]['key'];
export type Table4Result = (typeof TABLE4_RESULTS)[number]['key'];

/** Words of the header rows: a run labelled only with these is still the data row. */
export const TABLE4_HEADER_WORDS = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总计|结果维持|结果纠正|其他结果|尚未审结|[()（）]|\s)*$/;
