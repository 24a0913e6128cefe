/**
 * Random consistent reports from a seed (for round-trip tests and the bench): every template,
 * zero-heavy and large numbers, every arithmetic rule satisfied.
 */
import type { CellGroup, TableValues, TemplateId } from '../model/report.js';
import { LEGACY_INDICATORS, LEGACY_SUM_CHECKS } from '../templates/legacy.js';
import { table2RowsFor } from '../templates/table2.js';
import { TABLE3_COLUMNS, table3RowsFor } from '../templates/table3.js';
import { TABLE4_GROUPS } from '../templates/table4.js';
import { sectionHeading, type DraftSection, type ReportDraft } from './draft.js';
import { legacyValues } from './sample.js';

/** mulberry32: small, fast, good enough for test data; the same seed gives the same report. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, max: number): number => Math.floor(r() * (max + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

const PLACES = ['随州市', '金乡县', '抚远市', '和田地区', '洛龙区', '洪泽区', '淮安市', '沭阳县', '泗洪县', '宿城区', '江宁区', '余杭区', '南山区', '武侯区', '雁塔区', '岳麓区'];
const BODIES = ['商务局', '人民政府', '市场监督管理局', '自然资源和规划局', '卫生健康委员会', '发展和改革局', '教育局', '人民政府办公室', '生态环境局', '住房和城乡建设局', '财政局', '交通运输局'];

/** A count: mostly zero in zero-heavy reports, up to `max` otherwise. */
function count(r: Random, scale: number, zeroHeavy: boolean): number {
  if (zeroHeavy && r() < 0.75) return 0;
  return r() < 0.1 ? int(r, scale * 20) : int(r, scale);
}

function randomTable3(r: Random, template: '2019' | '2021', scale: number, zeroHeavy: boolean): TableValues {
  const rows = table3RowsFor(template);
  const outcomes = rows.filter((row) => row.outcome).map((row) => row.key);
  const values: TableValues = {};
  for (const row of rows) values[row.key] = {};
  const applicants = TABLE3_COLUMNS.slice(0, 6).map((c) => c.key);
  for (const column of applicants) {
    const columnActive = column === 'naturalPerson' || r() < 0.35;
    let total = 0;
    for (const key of outcomes) {
      const v = columnActive ? count(r, scale, zeroHeavy || r() < 0.4) : 0;
      values[key]![column] = v;
      total += v;
    }
    const forward = columnActive ? count(r, Math.ceil(scale / 2), zeroHeavy) : 0;
    const carried = Math.min(total + forward, columnActive ? count(r, Math.ceil(scale / 2), zeroHeavy) : 0);
    values.total![column] = total;
    values.carriedForward![column] = forward;
    values.carriedOver![column] = carried;
    values.received![column] = total + forward - carried;
  }
  for (const row of rows) {
    const group = values[row.key] as CellGroup;
    group.total = applicants.reduce((s, c) => s + (group[c] as number), 0);
  }
  // Keep the form's column order in every row.
  for (const row of rows) {
    const group = values[row.key]!;
    values[row.key] = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, group[c.key]!]));
  }
  return values;
}

function randomTable4(r: Random, zeroHeavy: boolean): TableValues {
  const values: TableValues = {};
  for (const group of TABLE4_GROUPS) {
    const upheld = count(r, 20, zeroHeavy);
    const corrected = count(r, 5, zeroHeavy);
    const other = count(r, 10, zeroHeavy);
    const pending = count(r, 5, zeroHeavy);
    values[group.key] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  }
  return values;
}

function randomTable2(r: Random, template: '2019' | '2021', zeroHeavy: boolean): TableValues {
  const values: TableValues = {};
  for (const row of table2RowsFor(template)) {
    const group: CellGroup = {};
    for (const column of row.columns) {
      if (column.money) {
        const decimals = int(r, 3);
        group[column.key] = zeroHeavy && r() < 0.6 ? 0 : Number((int(r, 10 ** (2 + int(r, 4) + decimals)) / 10 ** decimals).toFixed(decimals));
      }
      else if (column.signed) group[column.key] = int(r, 40) - 20;
      else group[column.key] = count(r, pick(r, [10, 1000, 500000]), zeroHeavy);
    }
    values[row.key] = group;
  }
  return values;
}

function randomLegacy(r: Random, zeroHeavy: boolean): Record<string, number> {
  const byId: Record<string, number> = {};
  for (const indicator of LEGACY_INDICATORS) {
    if (indicator.id === 'channelGazette') continue;
    byId[indicator.id] = indicator.unit === '万元' ? (zeroHeavy ? 0 : int(r, 50) / 10) : count(r, 30, zeroHeavy);
  }
  for (const check of LEGACY_SUM_CHECKS) {
    // Derive each total from its parts (checks are ordered so that parts come first where nested).
    byId[check.total] = check.parts.filter((p) => p in byId).reduce((s, p) => s + byId[p]!, 0);
  }
  // RL.4 before RL.3: the denied reasons make up replyDenied, which is part of replies.
  byId.replyDenied = ['deniedStateSecret', 'deniedCommercialSecret', 'deniedPrivacy', 'deniedSecurity', 'deniedNotGovernmentInformation', 'deniedOtherLaw'].reduce((s, p) => s + byId[p]!, 0);
  byId.replies = LEGACY_SUM_CHECKS.find((c) => c.total === 'replies')!.parts.reduce((s, p) => s + byId[p]!, 0);
  byId.active = byId.channelWebsite! + byId.channelWeibo! + byId.channelWechat! + byId.channelOther!;
  byId.activeNormative = Math.min(byId.activeNormative!, byId.active);
  byId.pressLeaders = Math.min(byId.pressLeaders!, byId.pressConferences!);
  byId.responses = Math.min(byId.responses!, byId.pressConferences! + byId.interpretations! + byId.socialResponses! + byId.otherResponses!);
  return byId;
}

function sections(template: TemplateId, year: number, received: number | null): DraftSection[] {
  const opening = `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。` + (received === null ? '' : `全年共收到政府信息公开申请${received}件。`);
  const six = template === '2021' ? '本年度未收取信息处理费。' : '无其他需要报告的事项。';
  const texts: Record<number, string[]> = {
    1: [opening, '（一）主动公开情况。及时发布各类政府信息。'],
    2: [],
    3: [],
    4: [],
    5: ['（一）存在的主要问题。公开内容还需丰富。', '（二）改进情况。加强培训，完善制度。'],
    6: [six],
  };
  return [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, heading: sectionHeading(n), paragraphs: texts[n]! }));
}

export function randomDraft(seed: number, template?: TemplateId): ReportDraft {
  const r = rng(seed);
  const form: TemplateId = template ?? (r() < 0.6 ? '2021' : r() < 0.5 ? '2019' : 'legacy');
  const zeroHeavy = r() < 0.5;
  const agency = pick(r, PLACES) + pick(r, BODIES);
  const year = form === '2021' ? 2021 + int(r, 4) : form === '2019' ? 2019 + int(r, 1) : 2012 + int(r, 6);
  const government = /人民政府$/.test(agency);
  const publishDate = r() < 0.2 ? null : `${year + 1}-${government && r() < 0.5 ? '03' : '01'}-${String(10 + int(r, 18)).padStart(2, '0')}`;
  if (form === 'legacy') {
    return {
      template: form,
      agency,
      year,
      publishDate,
      preamble: [`本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`],
      sections: [
        { number: 1, heading: '一、概述', paragraphs: [`${year}年，本机关不断深入推进政府信息公开工作。`] },
        { number: 2, heading: '二、主动公开政府信息情况', paragraphs: ['及时公开各类政府信息。'] },
        { number: 3, heading: '三、政府信息公开工作存在的主要问题及改进情况', paragraphs: ['下一步将加强培训。'] },
      ],
      tables: { legacy: legacyValues(randomLegacy(r, zeroHeavy)) },
    };
  }
  const scale = pick(r, [3, 30, 300]);
  const table3 = randomTable3(r, form, scale, zeroHeavy);
  return {
    template: form,
    agency,
    year,
    publishDate,
    preamble: [`本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`],
    sections: sections(form, year, table3.received!.total ?? null),
    tables: { table2: randomTable2(r, form, zeroHeavy), table3, table4: randomTable4(r, zeroHeavy) },
  };
}
