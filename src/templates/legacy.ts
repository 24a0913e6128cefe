/**
 * The late-period legacy statistical table (政府信息公开工作情况统计表, reports for 2018 and earlier),
 * as data: the indicators a reviewer checks and how their parts add up (domain.md §2.3.2, §3.5).
 */

export interface LegacyBlock {
  number: number;
  label: string;
  pattern: RegExp;
}

/** The top-level blocks 一 … 十, recognised by their words (numbering varies between local tables). */
export const LEGACY_BLOCKS: readonly LegacyBlock[] = [
  { number: 1, label: '一、主动公开情况', pattern: /主动公开情况/ },
  { number: 2, label: '二、回应解读情况', pattern: /回应解读/ },
  { number: 3, label: '三、依申请公开情况', pattern: /依申请公开情况/ },
  { number: 4, label: '四、行政复议数量', pattern: /行政复议数量/ },
  { number: 5, label: '五、行政诉讼数量', pattern: /行政诉讼数量/ },
  { number: 6, label: '六、被举报投诉数量', pattern: /举报投诉数量/ },
  { number: 7, label: '七、向图书馆、档案馆等查阅场所报送信息数', pattern: /查阅场所|图书馆/ },
  { number: 8, label: '八、依申请公开信息收取的费用', pattern: /收取的费用/ },
  { number: 9, label: '九、机构建设和保障经费情况', pattern: /机构建设/ },
  { number: 10, label: '十、政府信息公开会议和培训情况', pattern: /会议和培训/ },
];

export interface LegacyIndicator {
  id: string;
  block: number;
  label: string;
  unit: string;
  /** Recognises the indicator's own label (normalised). A block's own row has no pattern. */
  pattern?: RegExp;
  /** The explanatory note the form prints after the label. */
  note?: string;
}

const ind = (id: string, block: number, label: string, unit: string, pattern?: RegExp, note?: string): LegacyIndicator => {
  const indicator: LegacyIndicator = { id, block, label, unit };
  if (pattern) indicator.pattern = pattern;
  if (note) indicator.note = note;
  return indicator;
};

export const LEGACY_INDICATORS: readonly LegacyIndicator[] = [
  ind('active', 1, '（一）主动公开政府信息数', '条', /主动公开政府信息数/, '（不同渠道和方式公开相同信息计1条）'),
  ind('activeNormative', 1, '其中：主动公开规范性文件数', '条', /主动公开规范性文件数/),
  ind('normativeIssued', 1, '制发规范性文件总数', '件', /制发规范性文件/),
  ind('channelGazette', 1, '政府公报公开政府信息数', '条', /政府公报公开/),
  ind('channelWebsite', 1, '1.政府网站公开政府信息数', '条', /政府网站公开/),
  ind('channelWeibo', 1, '2.政务微博公开政府信息数', '条', /政务微博公开/),
  ind('channelWechat', 1, '3.政务微信公开政府信息数', '条', /政务微信公开/),
  ind('channelOther', 1, '4.其他方式公开政府信息数', '条', /其他方式公开/),
  ind('responses', 2, '（一）回应公众关注热点或重大舆情数', '次', /回应公众关注|重大舆情数/, '（不同方式回应同一热点或舆情计1次）'),
  ind('pressConferences', 2, '1.参加或举办新闻发布会总次数', '次', /新闻发布会总次数/),
  ind('pressLeaders', 2, '其中：主要负责同志参加新闻发布会次数', '次', /主要负责同志/),
  ind('interpretations', 2, '2.政策解读稿件发布数', '篇', /政策解读稿件/),
  ind('socialResponses', 2, '3.微博微信回应事件数', '次', /微博微信回应/),
  ind('otherResponses', 2, '4.其他方式回应事件数', '次', /其他方式回应/),
  ind('received', 3, '（一）收到申请数', '件', /收到申请数/),
  ind('receivedInPerson', 3, '1.当面申请数', '件', /当面申请/),
  ind('receivedFax', 3, '2.传真申请数', '件', /传真申请/),
  ind('receivedOnline', 3, '3.网络申请数', '件', /网络申请/),
  ind('receivedLetter', 3, '4.信函申请数', '件', /信函申请/),
  ind('receivedOther', 3, '5.其他形式', '件', /其他形式/),
  ind('concluded', 3, '（二）申请办结数', '件', /申请办结数/),
  ind('concludedOnTime', 3, '1.按时办结数', '件', /按时办结/),
  ind('concludedDelayed', 3, '2.延期办结数', '件', /延期办结/),
  ind('replies', 3, '（三）申请答复数', '件', /申请答复数/),
  ind('replyAlreadyPublic', 3, '1.属于已主动公开范围数', '件', /已主动公开范围/),
  ind('replyGranted', 3, '2.同意公开答复数', '件', /(?<![不分])同意公开答复/),
  ind('replyPartial', 3, '3.同意部分公开答复数', '件', /同意部分公开/),
  ind('replyDenied', 3, '4.不同意公开答复数', '件', /不同意公开/),
  ind('deniedStateSecret', 3, '其中：涉及国家秘密', '件', /涉及国家秘密/),
  ind('deniedCommercialSecret', 3, '涉及商业秘密', '件', /涉及商业秘密/),
  ind('deniedPrivacy', 3, '涉及个人隐私', '件', /涉及个人隐私/),
  ind('deniedSecurity', 3, '危及国家安全、公共安全、经济安全和社会稳定', '件', /危及国家安全/),
  ind('deniedNotGovernmentInformation', 3, '不是《条例》所指政府信息', '件', /所指政府信息/),
  ind('deniedOtherLaw', 3, '法律法规规定的其他情形', '件', /法律法规规定的其他/),
  ind('replyNotThisAgency', 3, '5.不属于本行政机关公开数', '件', /不属于本行政机关/),
  ind('replyNotExist', 3, '6.申请信息不存在数', '件', /信息不存在/),
  ind('replyCorrection', 3, '7.告知作出更改补充数', '件', /更改补充/),
  ind('replyOtherChannel', 3, '8.告知通过其他途径办理数', '件', /其他途径/),
  ind('reviews', 4, '四、行政复议数量', '件'),
  ind('reviewsUpheld', 4, '（一）维持具体行政行为数', '件', /维持/),
  ind('reviewsCorrected', 4, '（二）被依法纠错数', '件', /纠错/),
  ind('reviewsOther', 4, '（三）其他情形数', '件', /其他情形/),
  ind('litigations', 5, '五、行政诉讼数量', '件'),
  ind('litigationsUpheld', 5, '（一）维持具体行政行为或者驳回原告诉讼请求数', '件', /维持/),
  ind('litigationsCorrected', 5, '（二）被依法纠错数', '件', /纠错/),
  ind('litigationsOther', 5, '（三）其他情形数', '件', /其他情形/),
  ind('complaints', 6, '六、被举报投诉数量', '件'),
  ind('complaintsUpheld', 6, '（一）维持具体行政行为数', '件', /维持/),
  ind('complaintsCorrected', 6, '（二）被纠错数', '件', /纠错/),
  ind('complaintsOther', 6, '（三）其他情形数', '件', /其他情形/),
  ind('archives', 7, '七、向图书馆、档案馆等查阅场所报送信息数', '条'),
  ind('archivesPaper', 7, '（一）纸质文件数', '条', /纸质文件/),
  ind('archivesElectronic', 7, '（二）电子文件数', '条', /电子文件/),
  ind('fees', 8, '八、依申请公开信息收取的费用', '万元'),
  ind('offices', 9, '（一）政府信息公开工作专门机构数', '个', /专门机构/),
  ind('readingPoints', 9, '（二）设置政府信息公开查阅点数', '个', /查阅点/),
  ind('staff', 9, '（三）从事政府信息公开工作人员数', '人', /从事政府信息公开工作人员/),
  ind('staffFullTime', 9, '1.专职人员数', '人', /专职人员/, '（不包括政府网站工作人员数）'),
  ind('staffPartTime', 9, '2.兼职人员数', '人', /兼职人员/),
  ind('budget', 9, '（四）政府信息公开专项经费', '万元', /专项经费/, '（不包括政府网站建设维护等方面的经费）'),
  ind('meetings', 10, '（一）召开政府信息公开工作会议或专题会议数', '次', /会议或专题会议|工作会议/),
  ind('trainings', 10, '（二）举办各类培训班数', '次', /培训班/),
  ind('trainees', 10, '（三）接受培训人员数', '人次', /接受培训/),
];

export interface LegacySumCheck {
  /** domain.md §3.5 id. */
  ref: string;
  total: string;
  parts: readonly string[];
  /** eq: total = Σ parts; gte: Σ parts ≥ total (channels count an item once); lte: part ≤ total. */
  relation: 'eq' | 'gte' | 'lte';
  severity: 'error' | 'warning';
}

export const LEGACY_SUM_CHECKS: readonly LegacySumCheck[] = [
  { ref: 'RL.1', total: 'received', parts: ['receivedInPerson', 'receivedFax', 'receivedOnline', 'receivedLetter', 'receivedOther'], relation: 'eq', severity: 'error' },
  { ref: 'RL.2', total: 'concluded', parts: ['concludedOnTime', 'concludedDelayed'], relation: 'eq', severity: 'error' },
  {
    ref: 'RL.3',
    total: 'replies',
    parts: ['replyAlreadyPublic', 'replyGranted', 'replyPartial', 'replyDenied', 'replyNotThisAgency', 'replyNotExist', 'replyCorrection', 'replyOtherChannel'],
    relation: 'eq',
    severity: 'error',
  },
  {
    ref: 'RL.4',
    total: 'replyDenied',
    parts: ['deniedStateSecret', 'deniedCommercialSecret', 'deniedPrivacy', 'deniedSecurity', 'deniedNotGovernmentInformation', 'deniedOtherLaw'],
    relation: 'eq',
    severity: 'error',
  },
  { ref: 'RL.5', total: 'reviews', parts: ['reviewsUpheld', 'reviewsCorrected', 'reviewsOther'], relation: 'eq', severity: 'error' },
  { ref: 'RL.5', total: 'litigations', parts: ['litigationsUpheld', 'litigationsCorrected', 'litigationsOther'], relation: 'eq', severity: 'error' },
  { ref: 'RL.5', total: 'complaints', parts: ['complaintsUpheld', 'complaintsCorrected', 'complaintsOther'], relation: 'eq', severity: 'error' },
  { ref: 'RL.6', total: 'archives', parts: ['archivesPaper', 'archivesElectronic'], relation: 'eq', severity: 'warning' },
  { ref: 'RL.7', total: 'staff', parts: ['staffFullTime', 'staffPartTime'], relation: 'eq', severity: 'error' },
];

export const LEGACY_PART_CHECKS: readonly LegacySumCheck[] = [
  { ref: 'RL.8', total: 'active', parts: ['activeNormative'], relation: 'lte', severity: 'error' },
  { ref: 'RL.8', total: 'pressConferences', parts: ['pressLeaders'], relation: 'lte', severity: 'error' },
];

export const LEGACY_CHANNEL_CHECKS: readonly LegacySumCheck[] = [
  { ref: 'RL.9', total: 'active', parts: ['channelGazette', 'channelWebsite', 'channelWeibo', 'channelWechat', 'channelOther'], relation: 'gte', severity: 'warning' },
  { ref: 'RL.9', total: 'responses', parts: ['pressConferences', 'interpretations', 'socialResponses', 'otherResponses'], relation: 'gte', severity: 'warning' },
];

export const legacyIndicator = (id: string): LegacyIndicator | undefined => LEGACY_INDICATORS.find((i) => i.id === id);
