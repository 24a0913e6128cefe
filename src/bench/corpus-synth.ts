/**
 * Synthetic reports for the corpus bench and the kill test: the seed sample 洛龙区商务局 2023 with
 * another agency, year and numbers (text, to be ingested), and parsed seed reports with scaled
 * numbers (Report objects, to fill a database fast). Scaling keeps every arithmetic rule true.
 */
import { readFileSync } from 'node:fs';
import type { Report, TableValues } from '../model/report.js';

/** Counties of 江苏省淮安市 and 宿迁市 with their departments: agencies the unit matcher resolves to real regions. */
export const COUNTIES = ['洪泽区', '淮安区', '淮阴区', '清江浦区', '涟水县', '盱眙县', '金湖县', '沭阳县', '泗阳县', '泗洪县', '宿城区', '宿豫区'];
export const DEPARTMENTS = ['商务局', '教育局', '财政局', '民政局', '司法局', '交通运输局', '农业农村局', '水利局', '卫生健康委员会', '应急管理局', '市场监督管理局', '统计局', '医疗保障局', '住房和城乡建设局', '自然资源和规划局', '人力资源和社会保障局'];

/** A small deterministic generator (mulberry32), so a bench run can be repeated exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function agencyName(i: number): string {
  const county = COUNTIES[i % COUNTIES.length]!;
  const dept = DEPARTMENTS[Math.floor(i / COUNTIES.length) % DEPARTMENTS.length]!;
  return `${county}${dept}`;
}

let seedText: string | null = null;

function seed(): string {
  seedText ??= readFileSync(new URL('../../samples/luolong-commerce-2023.txt', import.meta.url), 'utf8');
  return seedText;
}

/** The text of report number i: its own agency, year, table 2 numbers and a sentence that makes its bytes unique. */
export function syntheticReportText(i: number, year = 2023): string {
  const rnd = random(i + 1);
  const n = () => Math.floor(rnd() * 500);
  return seed()
    .replaceAll('洛龙区商务局', agencyName(i))
    .replaceAll('2023', String(year))
    .replace(/^行政许可\t0/m, `行政许可\t${n()}`)
    .replace(/^行政处罚\t0/m, `行政处罚\t${n()}`)
    .replace('（二）依申请公开。', `（二）依申请公开。本局编号 ${i}。`);
}

/** A parsed report with its table 3 and 4 multiplied by k and table 2 redrawn: still internally consistent. */
export function scaledReport(base: Report, i: number, agency: string, year: number): Report {
  const rnd = random(i + 7);
  const k = 1 + Math.floor(rnd() * 5);
  const scale = (t: TableValues | undefined): TableValues | undefined =>
    t && Object.fromEntries(Object.entries(t).map(([row, group]) => [row, Object.fromEntries(Object.entries(group).map(([c, v]) => [c, v === null ? null : v * k]))]));
  const table2 = base.tables.table2 && Object.fromEntries(Object.entries(base.tables.table2).map(([row, group]) => [row, Object.fromEntries(Object.entries(group).map(([c]) => [c, Math.floor(rnd() * 300)]))]));
  const sha = (i.toString(16).padStart(16, '0') + 'a'.repeat(48)).slice(0, 64);
  return {
    ...base,
    source: { ...base.source, file: `synthetic/${i}.txt`, sha256: sha },
    meta: { ...base.meta, agency, year, publishDate: `${year + 1}-0${1 + Math.floor(rnd() * 4)}-15` },
    tables: { ...base.tables, table2, table3: scale(base.tables.table3), table4: scale(base.tables.table4) },
  };
}
