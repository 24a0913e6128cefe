/**
 * Several years of reports for the demo units, rendered as text the way reports travel: tables that
 * add up and carry over from year to year — except where the demo wants something to find: a few
 * reports with arithmetic errors, some published late, some missing, and one unit that copied its
 * problems section from the year before.
 */
import type { CellGroup, TableValues, TemplateId } from '../../model/report.js';
import type { ReportDraft } from '../../render/draft.js';
import { sectionHeading } from '../../render/draft.js';
import { randomDraft, rng } from '../../render/random.js';
import { renderText, type TextRendering } from '../../render/text.js';
import { TABLE3_COLUMNS, table3RowsFor } from '../../templates/table3.js';
import { DEMO_UNITS, type DemoUnit } from './demo-region.js';

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
}

/** What the demo deliberately gets wrong, by unit name and year. */
const MISSING = new Set(['明德区教育局@2020', '白沙乡人民政府@2022', '白沙乡人民政府@2024', '示范市发展和改革委员会@2024', '柳河街道办事处@2019']);
const LATE = new Set(['示范市公安局@2023', '示范市公安局@2024', '明德区市场监督管理局@2022', '清源县自然资源局@2024', '青石镇人民政府@2023', '示范市教育局@2021']);
const ROW_ERROR = new Set(['示范市住房和城乡建设局@2023', '明德区人民政府@2024', '清源县人民政府@2022']);
const BALANCE_ERROR = new Set(['示范市自然资源和规划局@2024', '青石镇人民政府@2021']);
const TABLE4_ERROR = new Set(['示范市人民政府@2023', '示范市市场监督管理局@2022']);
const COPIED_PROBLEMS = new Set(['清源县自然资源局@2023', '清源县自然资源局@2024']);

const APPLICANTS = TABLE3_COLUMNS.slice(0, 6).map((c) => c.key);
const template = (year: number): TemplateId => (year <= 2020 ? '2019' : '2021');

/** Table 3 whose carried-over row is last year's carried-forward row, and which adds up. */
function table3(r: () => number, form: '2019' | '2021', scale: number, carriedOver: Record<string, number>): TableValues {
  const rows = table3RowsFor(form);
  const values: TableValues = {};
  for (const row of rows) values[row.key] = {};
  // Most applications are granted, not held or partly granted; the rest spread thinly.
  const weights: Record<string, number> = { granted: 0.45, partiallyGranted: 0.1, unavailableNotHeld: 0.18, deniedProcessInformation: 0.03, deniedThirdPartyRights: 0.03, notProcessedComplaint: 0.05, notProcessedDuplicate: 0.03, otherNoCorrection: 0.04, otherHandling: 0.06, otherOther: 0.02 };
  const outcomes = rows.filter((row) => row.outcome);
  for (const [i, column] of APPLICANTS.entries()) {
    const share = [0.82, 0.1, 0.01, 0.02, 0.04, 0.01][i]!;
    const expected = scale * share * (0.7 + r() * 0.6);
    let total = 0;
    for (const row of outcomes) {
      const v = Math.round(expected * (weights[row.key] ?? 0.005) * (0.5 + r()));
      values[row.key]![column] = v;
      total += v;
    }
    const previous = carriedOver[column] ?? 0;
    const forward = Math.round(expected * 0.06 * r() * 2);
    if (total + forward < previous) {
      values.granted![column] = (values.granted![column] as number) + previous - total - forward;
      total = previous - forward;
    }
    values.total![column] = total;
    values.carriedOver![column] = previous;
    values.carriedForward![column] = forward;
    values.received![column] = total + forward - previous;
  }
  for (const row of rows) {
    const group = values[row.key] as CellGroup;
    group.total = APPLICANTS.reduce((s, c) => s + (group[c] as number), 0);
    values[row.key] = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, group[c.key] ?? 0]));
  }
  return values;
}

function table4(r: () => number, scale: number): TableValues {
  const group = (max: number): CellGroup => {
    const upheld = Math.round(r() * max);
    const corrected = r() < 0.3 ? Math.round(r() * max * 0.3) : 0;
    const other = r() < 0.3 ? Math.round(r() * 2) : 0;
    const pending = r() < 0.4 ? Math.round(r() * 2) : 0;
    return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  };
  return { review: group(Math.max(1, scale / 10)), litigationDirect: group(Math.max(1, scale / 25)), litigationAfterReview: group(Math.max(0, scale / 40)) };
}

/** Sentences to build sections from: each report draws its own, so units do not read alike (the 雷同 check would rightly flag them). */
const POOLS: Record<string, string[]> = {
  active: [
    '（一）主动公开。围绕中心工作，及时公开政策文件、财政预决算和重点领域信息，全年在门户网站发布信息{n}条。',
    '（一）主动公开。坚持以公开为常态、不公开为例外，全年通过政务新媒体发布信息{n}条，重点做好惠企政策的发布和解读。',
    '（一）主动公开。严格落实公开属性源头认定，全年主动公开政府信息{n}条，其中规范性文件随文发布解读材料。',
    '（一）主动公开。聚焦群众关心关注的教育、医疗、住房等领域，全年公开各类信息{n}条，开展政策解读{m}次。',
    '（一）主动公开。依托政府信息公开专栏，按照主动公开基本目录全年更新信息{n}条，做到应公开尽公开。',
    '（一）主动公开。加大财政资金、重大项目信息公开力度，全年发布信息{n}条，召开新闻发布会{m}场。',
  ],
  request: [
    '（二）依申请公开。规范受理、办理、答复流程，全部申请在法定期限内答复，未发生因答复超期引发的行政复议。',
    '（二）依申请公开。畅通网络、信函、当面等申请渠道，建立申请办理台账，逐件审核答复文书。',
    '（二）依申请公开。对疑难申请实行会商研判，邀请法律顾问参与答复审核，提高答复的规范性。',
    '（二）依申请公开。落实申请登记、补正告知、延期答复等程序要求，依法保障申请人合法权益。',
    '（二）依申请公开。完善依申请公开转主动公开机制，对多人多次申请的同类信息及时主动公开。',
  ],
  manage: [
    '（三）政府信息管理。开展规范性文件清理，公布现行有效文件目录，动态调整主动公开目录。',
    '（三）政府信息管理。严格执行信息发布保密审查制度，全年未发生泄密和不当公开事件。',
    '（三）政府信息管理。对历史公开信息进行全面梳理，及时更正过期、失效信息。',
    '（三）政府信息管理。建立信息公开属性动态调整机制，定期评估不予公开信息的公开条件。',
  ],
  platform: [
    '（四）平台建设。优化政府网站信息公开专栏，提升站内检索功能和无障碍服务水平。',
    '（四）平台建设。推进政务新媒体规范化管理，实现网站与新媒体信息同步发布。',
    '（四）平台建设。完善政府公报电子版，实现历史公报在线查阅和下载。',
    '（四）平台建设。升级政务公开专区，设置查阅点，为群众提供查阅和咨询服务。',
  ],
  oversight: [
    '（五）监督保障。将政务公开纳入年度绩效考核，开展业务培训{m}次。',
    '（五）监督保障。聘请社会监督员，定期开展政务公开社会评议，未发生责任追究情况。',
    '（五）监督保障。组织政务公开工作自查，对发现的问题建立清单，逐项整改到位。',
    '（五）监督保障。主要负责同志专题研究政务公开工作，明确分管领导和工作机构职责。',
  ],
  problems: [
    '部分栏目更新不够及时，个别信息发布存在滞后。',
    '政策解读形式较为单一，图解、视频等解读偏少。',
    '依申请公开答复文书不够规范，个别答复说理不充分。',
    '基层政务公开标准化规范化建设仍需加强。',
    '公开内容的针对性和实用性有待提高，与群众需求结合不够紧密。',
    '工作人员业务能力有待提升，人员变动较为频繁。',
    '规范性文件清理不够及时，现行有效文件目录更新滞后。',
    '政务新媒体内容建设不足，互动回应不够及时。',
    '重点领域信息公开的深度和广度还有差距。',
    '政务公开专区服务功能单一，群众知晓率不高。',
  ],
  measures: [
    '建立栏目更新台账，明确责任人和更新时限。',
    '增加图解、视频、新闻发布会等解读形式，提高解读质量。',
    '制定答复文书范本，开展典型案例培训。',
    '对照标准目录逐项梳理，年底前完成事项清单调整。',
    '围绕群众关切，加强重点领域信息公开，及时回应社会关切。',
    '加强队伍建设，每年至少组织两次业务培训。',
    '建立规范性文件动态清理机制，及时更新现行有效文件目录。',
    '加强政务新媒体内容审核和互动管理，提高回应时效。',
    '扩大政务公开专区宣传，完善查阅和咨询服务。',
    '完善信息发布审核流程，做到发布前逐条审核。',
  ],
};

/** k different sentences from a pool, with {n} and {m} filled in. */
function draw(r: () => number, pool: readonly string[], k: number): string[] {
  const order = pool.map((text) => ({ text, key: r() })).sort((a, b) => a.key - b.key);
  return order.slice(0, k).map(({ text }) => text.replace('{n}', String(100 + Math.floor(r() * 900))).replace('{m}', String(2 + Math.floor(r() * 10))));
}

function problemsText(r: () => number, year: number): string {
  const [p1, p2] = draw(r, POOLS.problems!, 2);
  const [m1, m2] = draw(r, POOLS.measures!, 2);
  return `（一）存在的主要问题。一是${p1}二是${p2}（二）改进情况。${year}年将着力做好以下工作：一是${m1}二是${m2}`;
}

function sections(r: () => number, unit: DemoUnit, year: number, received: number, problems: string): ReportDraft['sections'] {
  const texts: Record<number, string[]> = {
    1: [
      `${year}年，${unit.name}认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请${received}件。`,
      ...draw(r, POOLS.active!, 1),
      ...draw(r, POOLS.request!, 1),
      ...draw(r, POOLS.manage!, 1),
      ...draw(r, POOLS.platform!, 1),
      ...draw(r, POOLS.oversight!, 1),
    ],
    2: [],
    3: [],
    4: [],
    5: [problems],
    6: [year >= 2021 ? `本年度${unit.name}未收取信息处理费。` : '无其他需要报告的事项。'],
  };
  return [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, heading: sectionHeading(n), paragraphs: texts[n]! }));
}

/** Table 2 of the 2021 form whose 现行有效件数 follow from last year's (the cross-year check would flag them otherwise). */
function table2(r: () => number, base: TableValues, form: TemplateId, inForce: Record<string, number>, scale: number): TableValues {
  const out = structuredClone(base);
  // Decisions in proportion to the unit's size, so a year-on-year chart does not jump by a hundredfold.
  for (const [key, per] of [['licensing', 40], ['penalties', 6], ['coercion', 1], ['otherServices', 20]] as const) {
    if (out[key]?.decisions !== undefined) out[key]!.decisions = Math.round(scale * per * (0.8 + r() * 0.4));
  }
  if (form !== '2021') return out;
  for (const key of ['regulations', 'normativeDocuments']) {
    const before = inForce[key] ?? Math.floor(r() * (key === 'regulations' ? 3 : 30));
    const issued = Math.floor(r() * (key === 'regulations' ? 2 : 6));
    const repealed = Math.min(before, Math.floor(r() * 3));
    out[key] = { issued, repealed, inForce: before + issued - repealed };
    inForce[key] = before + issued - repealed;
  }
  return out;
}

const RENDERINGS: TextRendering[] = ['pipe', 'pipe', 'markdown', 'tab', 'cells'];

/** The demo's report files, in a fixed order (the same every first start). */
export function demoFiles(): DemoFile[] {
  const files: DemoFile[] = [];
  DEMO_UNITS.forEach((unit, u) => {
    let carried: Record<string, number> = {};
    let lastProblems = '';
    const inForce: Record<string, number> = {};
    for (const year of DEMO_YEARS) {
      const key = `${unit.name}@${year}`;
      const r = rng(1000 + u * 37 + year);
      const form = template(year);
      const base = randomDraft(5000 + u * 13 + year, form);
      const t3 = table3(r, form as '2019' | '2021', unit.scale, carried);
      carried = Object.fromEntries(APPLICANTS.map((c) => [c, t3.carriedForward![c] as number]));
      if (MISSING.has(key)) continue;
      const problems = COPIED_PROBLEMS.has(key) && lastProblems ? lastProblems : problemsText(r, year + 1);
      lastProblems = problems;
      const tables: ReportDraft['tables'] = { table2: table2(r, base.tables.table2!, form, inForce, unit.scale), table3: structuredClone(t3), table4: table4(r, unit.scale) };
      if (ROW_ERROR.has(key)) tables.table3!.granted!.naturalPerson = (tables.table3!.granted!.naturalPerson as number) + 3;
      if (BALANCE_ERROR.has(key)) {
        tables.table3!.carriedForward!.naturalPerson = (tables.table3!.carriedForward!.naturalPerson as number) + 2;
        tables.table3!.carriedForward!.total = (tables.table3!.carriedForward!.total as number) + 2;
      }
      if (TABLE4_ERROR.has(key)) tables.table4!.review!.total = (tables.table4!.review!.total as number) + 1;
      const deadline = unit.kind === '部门' ? '01-31' : '03-31';
      const day = 10 + Math.floor(r() * 15);
      const publishDate = LATE.has(key) ? `${year + 1}-${deadline === '01-31' ? '02' : '04'}-${String(day).padStart(2, '0')}` : `${year + 1}-${deadline === '01-31' ? '01' : '03'}-${String(day).padStart(2, '0')}`;
      const draft: ReportDraft = {
        template: form,
        agency: unit.name,
        year,
        publishDate,
        preamble: [`本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`],
        sections: sections(r, unit, year, t3.received!.total as number, problems),
        tables,
      };
      const text = renderText(draft, RENDERINGS[(u + year) % RENDERINGS.length]!);
      files.push({ name: `示范数据/${unit.name}${year}年度报告.txt`, bytes: new TextEncoder().encode(text) });
    }
  });
  return files;
}
