/** Document blocks → the report's meta, sections, tables and narrative facts, in one pass over the lines. */
import type { SourceDocument } from '../model/document.js';
import type { Finding, Location, Tables } from '../model/report.js';
import { correctAgency } from './agency.js';
import { extractionFinding, type Extraction } from './context.js';
import { readLegacyTable } from './legacy-table.js';
import { buildLines, type Line } from './lines.js';
import { readPublishDate, readTitle } from './meta.js';
import { buildProse, proseLocation, readNarrative } from './prose.js';
import { findHeadings, formSections, legacySections, tableRegions, type TableKind } from './sections.js';
import { readTable2 } from './table2.js';
import { readTable3 } from './table3.js';
import { readTable4 } from './table4.js';
import { decideTemplate, templateFromStructure, templateFromYear } from './template.js';

const PROSE = /[。；！？]/;

export function extract(doc: SourceDocument): Extraction {
  const traditional = doc.script === 'traditional';
  const lines = buildLines(doc, traditional);
  const headings = findHeadings(lines);
  const firstSection = headings.find((h) => h.sectionNumber !== null && h.printedNumber !== null)?.lineIndex ?? -1;
  const title = readTitle(lines, firstSection, doc.hints?.title);
  const prose = buildProse(lines, traditional);
  const narrative = readNarrative(prose);
  const findings: Finding[] = [];

  const periodYear = narrative.facts.statisticsPeriod ? Number(narrative.facts.statisticsPeriod.from.slice(0, 4)) : null;
  const year = title?.year ?? periodYear ?? firstYearMentioned(prose.text);
  const fromStructure = templateFromStructure(lines);
  const fromYear = templateFromYear(year);
  const template = decideTemplate(fromStructure, fromYear);

  const tables: Tables = {};
  const cellLocations = new Map<string, Location>();
  const legacyKeys = new Map<string, string>();
  let sections: Extraction['sections'] = [];

  if (template === 'legacy') {
    const legacy = readLegacyTable(lines);
    if (legacy) {
      tables.legacy = legacy.values;
      for (const [k, v] of legacy.locations) cellLocations.set(k, v);
      for (const [k, v] of legacy.keys) legacyKeys.set(k, v);
      findings.push(...legacy.findings);
    } else {
      findings.push(extractionFinding('extract/table-missing', 'warning', '没有找到政府信息公开工作情况统计表（统计指标 | 单位 | 统计数）。'));
    }
    sections = legacySections(lines, headings, legacy ? legacy.start : lines.length);
  } else if (template === '2019' || template === '2021') {
    const regions = tableRegions(lines, headings);
    const regionOf = new Map<number, TableKind>();
    for (const kind of ['table2', 'table3', 'table4'] as const) for (const line of regions[kind]) regionOf.set(line.index, kind);
    const t2 = readTable2(regions.table2.length > 0 ? regions.table2 : lines, template);
    const t3 = readTable3(regions.table3.length > 0 ? regions.table3 : lines, template);
    const t4 = regions.table4.length > 0 ? readTable4(regions.table4) : null;
    const missing = (name: string): Finding =>
      extractionFinding('extract/table-missing', 'warning', `没有找到${name}，其各格记为空（null）。`);
    for (const [key, reading, name] of [
      ['table2', t2, '表二（主动公开政府信息情况）'],
      ['table3', t3, '表三（收到和处理政府信息公开申请情况）'],
      ['table4', t4, '表四（政府信息公开行政复议、行政诉讼情况）'],
    ] as const) {
      if (reading) {
        tables[key] = reading.values;
        for (const [k, v] of reading.locations) cellLocations.set(k, v);
        findings.push(...reading.findings);
      } else {
        findings.push(missing(name));
      }
    }
    sections = formSections(lines, headings, (line: Line) => regionOf.has(line.index) && !PROSE.test(line.norm) && line.norm.length <= 40);
  }

  const published = readPublishDate(lines, year, doc.hints?.publishDate);
  const agency = title?.agency ? correctAgency(title.agency) : null;
  if (agency?.corrected) {
    findings.push(
      extractionFinding('extract/agency-corrected', 'info', `标题中的机关名称「${agency.printed}」疑为「${agency.name}」的误写或识别错误（行政区划名录中无「${agency.printedPlace}」），已按「${agency.name}」记录。`, [], title?.loc),
    );
  }
  const extraction: Extraction = {
    meta: {
      agency: agency?.name ?? null,
      year,
      publishDate: published?.date ?? null,
      template,
    },
    sections,
    tables,
    narrative: narrative.facts,
    narrativeLocations: Object.fromEntries(Object.entries(narrative.offsets).map(([k, offset]) => [k, proseLocation(prose, offset!)])),
    cellLocations,
    findings,
    lines,
    traditional,
    legacyKeys,
    title: title?.title ?? null,
    templateEvidence: { fromStructure, fromYear },
  };
  if (title) extraction.titleLoc = title.loc;
  return extraction;
}

function firstYearMentioned(text: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(text);
  return m ? Number(m[1]) : null;
}

