/**
 * The project's sample reports: a consistent report of each template with realistic non-zero
 * numbers. Rule examples are changes to these; docs/rules.md shows them and the tests run them.
 */
import type { CellGroup, CellValue, TableValues, TemplateId } from '../model/report.js';
import type { RuleExample } from '../rules/rule.js';
import { legacyKeyFor } from '../templates/legacy-keys.js';
import { TABLE3_COLUMNS, table3RowsFor } from '../templates/table3.js';
import { sectionHeading, type DraftSection, type ReportDraft } from './draft.js';

const COLUMNS = TABLE3_COLUMNS.map((c) => c.key);

/** Table 3 rows as applicant columns (自然人 … 其他); 总计 is added as the row sum. */
function table3(rows: Record<string, number[]>, template: '2019' | '2021'): TableValues {
  const out: TableValues = {};
  for (const row of table3RowsFor(template)) {
    const six = rows[row.key] ?? [0, 0, 0, 0, 0, 0];
    const group: CellGroup = {};
    six.forEach((v, i) => (group[COLUMNS[i]!] = v));
    group.total = six.reduce((a, b) => a + b, 0);
    out[row.key] = group;
  }
  return out;
}

const SAMPLE_TABLE3_ROWS: Record<string, number[]> = {
  received: [61, 3, 0, 0, 1, 0],
  carriedOver: [2, 0, 0, 0, 0, 0],
  granted: [20, 1, 0, 0, 0, 0],
  partiallyGranted: [5, 0, 0, 0, 0, 0],
  deniedProhibitedByLaw: [1, 0, 0, 0, 0, 0],
  deniedThirdPartyRights: [2, 0, 0, 0, 0, 0],
  deniedInternalAffairs: [1, 0, 0, 0, 0, 0],
  deniedProcessInformation: [3, 0, 0, 0, 1, 0],
  deniedAdministrativeQuery: [1, 0, 0, 0, 0, 0],
  unavailableNotHeld: [12, 1, 0, 0, 0, 0],
  unavailableNeedsCreation: [2, 0, 0, 0, 0, 0],
  unavailableStillUnclear: [1, 0, 0, 0, 0, 0],
  notProcessedComplaint: [4, 0, 0, 0, 0, 0],
  notProcessedDuplicate: [2, 0, 0, 0, 0, 0],
  notProcessedConfirmation: [1, 0, 0, 0, 0, 0],
  otherNoCorrection: [3, 1, 0, 0, 0, 0],
  otherOther: [2, 0, 0, 0, 0, 0],
  otherHandling: [5, 1, 0, 0, 0, 0],
  total: [60, 3, 0, 0, 1, 0],
  carriedForward: [3, 0, 0, 0, 0, 0],
};

const SAMPLE_TABLE4: TableValues = {
  review: { upheld: 3, corrected: 1, other: 1, pending: 1, total: 6 },
  litigationDirect: { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 },
  litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
};

const SAMPLE_TABLE2_2021: TableValues = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
  licensing: { decisions: 1234 },
  penalties: { decisions: 56 },
  coercion: { decisions: 7 },
  fees: { amount: 12.5 },
};

const SAMPLE_TABLE2_2019: TableValues = {
  regulations: { made: 0, published: 0, totalPublic: 0 },
  normativeDocuments: { made: 3, published: 3, totalPublic: 15 },
  licensing: { previous: 120, change: -3, decisions: 1234 },
  otherServices: { previous: 10, change: 0, decisions: 40 },
  penalties: { previous: 300, change: 2, decisions: 56 },
  coercion: { previous: 20, change: 0, decisions: 7 },
  fees: { previous: 5, change: -1 },
  procurement: { items: 4, amount: 251000 },
};

const SAMPLE_LEGACY: Record<string, number> = {
  active: 72, activeNormative: 2, normativeIssued: 3, channelWebsite: 40, channelWeibo: 5, channelWechat: 20, channelOther: 7,
  responses: 3, pressConferences: 2, pressLeaders: 1, interpretations: 2, socialResponses: 1, otherResponses: 0,
  received: 8, receivedInPerson: 2, receivedFax: 0, receivedOnline: 5, receivedLetter: 1, receivedOther: 0,
  concluded: 8, concludedOnTime: 7, concludedDelayed: 1,
  replies: 8, replyAlreadyPublic: 1, replyGranted: 4, replyPartial: 1, replyDenied: 1, replyNotThisAgency: 1, replyNotExist: 0, replyCorrection: 0, replyOtherChannel: 0,
  deniedStateSecret: 0, deniedCommercialSecret: 0, deniedPrivacy: 1, deniedSecurity: 0, deniedNotGovernmentInformation: 0, deniedOtherLaw: 0,
  reviews: 1, reviewsUpheld: 1, reviewsCorrected: 0, reviewsOther: 0,
  litigations: 0, litigationsUpheld: 0, litigationsCorrected: 0, litigationsOther: 0,
  complaints: 0, complaintsUpheld: 0, complaintsCorrected: 0, complaintsOther: 0,
  archives: 10, archivesPaper: 4, archivesElectronic: 6,
  fees: 0,
  offices: 1, readingPoints: 1, staff: 3, staffFullTime: 1, staffPartTime: 2, budget: 0.5,
  meetings: 2, trainings: 1, trainees: 15,
};

export function legacyValues(byId: Record<string, number>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(byId).map(([id, v]) => [legacyKeyFor(id), v]));
}

function sections(template: TemplateId, received: number): DraftSection[] {
  const texts: Record<number, string[]> = {
    1: [
      `我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，全面推进政务公开工作。全年共收到政府信息公开申请${received}件，均在法定期限内答复。`,
      '（一）主动公开情况。通过门户网站及时发布各类政府信息，法定主动公开内容全部公开到位。',
      '（二）依申请公开情况。完善申请登记、审核、办理、答复、归档各环节，保证申请渠道畅通。',
      '（三）政府信息管理情况。严格执行信息发布审核制度，落实“三审三校”。',
      '（四）政府信息公开平台建设情况。优化网站栏目设置，及时更新政务公开专栏。',
      '（五）监督保障情况。将政务公开纳入年度考核，本年度未发生责任追究情况。',
    ],
    2: [],
    3: [],
    4: [],
    5: [
      '（一）存在的主要问题。政策解读形式较为单一，公开内容的深度和广度还有待提升。',
      '（二）改进情况。针对上一年度报告指出的问题已完成整改；下一步将丰富解读形式，加强业务培训。',
    ],
    6: [template === '2021' ? '本年度未收取信息处理费。无其他需要报告的事项。' : '无其他需要报告的事项。'],
  };
  return [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, heading: sectionHeading(n), paragraphs: texts[n]! }));
}

const LEGACY_SECTIONS: DraftSection[] = [
  { number: 1, heading: '一、概述', paragraphs: ['本年度，我局认真落实《中华人民共和国政府信息公开条例》，不断深入推进政府信息公开工作。'] },
  { number: 2, heading: '二、主动公开政府信息情况', paragraphs: ['全年主动公开政府信息72条。'] },
  { number: 3, heading: '三、依申请公开政府信息情况', paragraphs: ['全年收到政府信息公开申请8件，均已按时办结。'] },
  { number: 4, heading: '四、政府信息公开收费及减免情况', paragraphs: ['未收取任何费用。'] },
  { number: 5, heading: '五、因政府信息公开申请行政复议、提起行政诉讼情况', paragraphs: ['发生行政复议1件，无行政诉讼。'] },
  { number: 6, heading: '六、存在的主要问题及改进情况', paragraphs: ['信息公开的及时性有待提高，下一步将加强培训。'] },
];

export function sampleDraft(template: TemplateId = '2021'): ReportDraft {
  const agency = '示例市市场监督管理局';
  if (template === 'legacy') {
    return {
      template,
      agency,
      year: 2017,
      publishDate: '2018-03-20',
      preamble: ['本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'],
      sections: LEGACY_SECTIONS,
      tables: { legacy: legacyValues(SAMPLE_LEGACY) },
    };
  }
  const year = template === '2019' ? 2020 : 2023;
  const tables = {
    table2: structuredClone(template === '2019' ? SAMPLE_TABLE2_2019 : SAMPLE_TABLE2_2021),
    table3: table3(SAMPLE_TABLE3_ROWS, template),
    table4: structuredClone(SAMPLE_TABLE4),
  };
  return {
    template,
    agency,
    year,
    publishDate: `${year + 1}-01-20`,
    preamble: [`本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`],
    sections: sections(template, tables.table3.received!.total!),
    tables,
  };
}

/** The sample report with a rule example's changes applied. */
export function exampleDraft(example: RuleExample): ReportDraft {
  const draft = sampleDraft(example.template ?? '2021');
  if (example.meta?.year !== undefined && example.meta.year !== null) draft.year = example.meta.year;
  if (example.meta?.publishDate !== undefined) draft.publishDate = example.meta.publishDate;
  if (example.meta?.agency) draft.agency = example.meta.agency;
  if (example.title !== undefined) draft.title = example.title;
  for (const [path, value] of Object.entries(example.cells ?? {})) {
    if (path.startsWith('legacy.')) draft.tables.legacy![path.slice(7)] = value;
    else {
      const [table, row, column] = path.split('.') as ['table2' | 'table3' | 'table4', string, string];
      draft.tables[table]![row]![column] = value;
    }
  }
  for (const [n, text] of Object.entries(example.sections ?? {})) {
    const number = Number(n);
    if (text === null) draft.sections = draft.sections.filter((s) => s.number !== number);
    else draft.sections.find((s) => s.number === number)!.paragraphs = [text];
  }
  for (const [n, heading] of Object.entries(example.titles ?? {})) draft.sections.find((s) => s.number === Number(n))!.heading = heading;
  if (example.period !== undefined) {
    draft.preamble = draft.preamble.map((p) => p.replace(/本报告中所列数据的统计期限[^。]*。/, example.period ?? ''));
  }
  return draft;
}
