/**
 * Table 3 (收到和处理政府信息公开申请情况) of the 2019 and 2021 formats, as data:
 * rows in order with their official labels and the patterns that recognise them in
 * normalised text (see text/normalize.ts: half-width brackets, no spaces, Simplified).
 */

export const TABLE3_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计' },
] as const;

export type Table3Column = (typeof TABLE3_COLUMNS)[number]['key'];
export const TABLE3_APPLICANT_COLUMNS = TABLE3_COLUMNS.slice(0, 6).map((c) => c.key);

export interface RowDef {
  key: string;
  /** The label exactly as the format prints it. */
  label: string;
  /** How a reviewer names the row: the numbering path of the form, e.g. 三、（三）1. */
  ref: string;
  /** Group heading the row sits under, if any. */
  group?: string;
  /** Recognises the row in a normalised label. */
  pattern: RegExp;
  /** A pattern that is only trusted when the numbers stand on the same line (e.g. a bare 总计). */
  weakPattern?: RegExp;
  /** Outcome row: counted in （七）总计. */
  outcome?: boolean;
}

const r = (def: RowDef): RowDef => def;

export const TABLE3_ROWS_2021: readonly RowDef[] = [
  r({ key: 'received', ref: '一', label: '一、本年新收政府信息公开申请数量', pattern: /本年新收/ }),
  r({ key: 'carriedOver', ref: '二', label: '二、上年结转政府信息公开申请数量', pattern: /上年结转/ }),
  r({ key: 'granted', ref: '三、（一）', label: '（一）予以公开', pattern: /予以公开/, outcome: true }),
  r({ key: 'partiallyGranted', ref: '三、（二）', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', pattern: /部分公开/, outcome: true }),
  r({ key: 'deniedStateSecret', ref: '三、（三）1', group: '（三）不予公开', label: '1.属于国家秘密', pattern: /国家秘密/, outcome: true }),
  r({ key: 'deniedProhibitedByLaw', ref: '三、（三）2', group: '（三）不予公开', label: '2.其他法律行政法规禁止公开', pattern: /其他法律|行政法规禁止/, outcome: true }),
  r({ key: 'deniedEndangersSecurity', ref: '三、（三）3', group: '（三）不予公开', label: '3.危及“三安全一稳定”', pattern: /三安全|一稳定/, outcome: true }),
  r({ key: 'deniedThirdPartyRights', ref: '三、（三）4', group: '（三）不予公开', label: '4.保护第三方合法权益', pattern: /第三方/, outcome: true }),
  r({ key: 'deniedInternalAffairs', ref: '三、（三）5', group: '（三）不予公开', label: '5.属于三类内部事务信息', pattern: /内部事务/, outcome: true }),
  r({ key: 'deniedProcessInformation', ref: '三、（三）6', group: '（三）不予公开', label: '6.属于四类过程性信息', pattern: /过程性/, outcome: true }),
  r({ key: 'deniedEnforcementRecords', ref: '三、（三）7', group: '（三）不予公开', label: '7.属于行政执法案卷', pattern: /执法案卷/, outcome: true }),
  r({ key: 'deniedAdministrativeQuery', ref: '三、（三）8', group: '（三）不予公开', label: '8.属于行政查询事项', pattern: /行政查询/, outcome: true }),
  r({ key: 'unavailableNotHeld', ref: '三、（四）1', group: '（四）无法提供', label: '1.本机关不掌握相关政府信息', pattern: /不掌握/, outcome: true }),
  r({ key: 'unavailableNeedsCreation', ref: '三、（四）2', group: '（四）无法提供', label: '2.没有现成信息需要另行制作', pattern: /没有现成|另行制作/, outcome: true }),
  r({ key: 'unavailableStillUnclear', ref: '三、（四）3', group: '（四）无法提供', label: '3.补正后申请内容仍不明确', pattern: /补正后|仍不明确/, outcome: true }),
  r({ key: 'notProcessedComplaint', ref: '三、（五）1', group: '（五）不予处理', label: '1.信访举报投诉类申请', pattern: /信访|举报投诉/, outcome: true }),
  r({ key: 'notProcessedDuplicate', ref: '三、（五）2', group: '（五）不予处理', label: '2.重复申请', pattern: /重复申请/, outcome: true }),
  r({ key: 'notProcessedPublication', ref: '三、（五）3', group: '（五）不予处理', label: '3.要求提供公开出版物', pattern: /出版物/, outcome: true }),
  r({ key: 'notProcessedExcessive', ref: '三、（五）4', group: '（五）不予处理', label: '4.无正当理由大量反复申请', pattern: /大量反复/, outcome: true }),
  r({ key: 'notProcessedConfirmation', ref: '三、（五）5', group: '（五）不予处理', label: '5.要求行政机关确认或重新出具已获取信息', pattern: /重新出具|确认或重新/, outcome: true }),
  r({ key: 'otherNoCorrection', ref: '三、（六）1', group: '（六）其他处理', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', pattern: /不补正|无正当理由逾期/, outcome: true }),
  r({ key: 'otherUnpaidFee', ref: '三、（六）2', group: '（六）其他处理', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', pattern: /收费通知|缴纳费用/, outcome: true }),
  r({ key: 'otherOther', ref: '三、（六）3', group: '（六）其他处理', label: '3.其他', pattern: /(?:^|[^\d])3\.其他$/, outcome: true }),
  r({ key: 'total', ref: '三、（七）', label: '（七）总计', pattern: /\(七\)总计|^七.?总计|^三.{0,8}\(七\)总计/, weakPattern: /^总计$|^合计$/ }),
  r({ key: 'carriedForward', ref: '四', label: '四、结转下年度继续办理', pattern: /结转下年度|结转下一年度/ }),
];

/** 2019 (and 2019-style printing in later years): （六）其他处理 is a single row. */
export const OTHER_HANDLING_ROW: RowDef = r({
  key: 'otherHandling',
  ref: '三、（六）',
  label: '（六）其他处理',
  pattern: /(?:\(六\)|^)其他处理$/,
  outcome: true,
});

const SUB_ROWS_OF_SIX = new Set(['otherNoCorrection', 'otherUnpaidFee', 'otherOther']);
export const isSubRowOfSix = (key: string): boolean => SUB_ROWS_OF_SIX.has(key);

export const TABLE3_ROWS_2019: readonly RowDef[] = [
  ...TABLE3_ROWS_2021.filter((row) => !SUB_ROWS_OF_SIX.has(row.key)).slice(0, 20),
  OTHER_HANDLING_ROW,
  ...TABLE3_ROWS_2021.slice(-2),
];

/** Every row either format may print, for recognising labels before the format is known. */
export const TABLE3_ALL_ROWS: readonly RowDef[] = [...TABLE3_ROWS_2021, OTHER_HANDLING_ROW];

export const table3RowsFor = (template: '2019' | '2021'): readonly RowDef[] =>
  template === '2019' ? TABLE3_ROWS_2019 : TABLE3_ROWS_2021;

export function table3Row(key: string): RowDef | undefined {
  return TABLE3_ALL_ROWS.find((row) => row.key === key);
}
