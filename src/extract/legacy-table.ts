/** The legacy statistical table (统计指标 | 单位 | 统计数): one value per indicator row. */
import type { CellValue, Finding, Location } from '../model/report.js';
import { legacyKey } from '../templates/legacy-keys.js';
import { LEGACY_BLOCKS, LEGACY_INDICATORS } from '../templates/legacy.js';
import { extractionFinding } from './context.js';
import type { Line } from './lines.js';

const UNIT = /^(?:条|件|次|篇|个|人|人次|万元|元|项|家|期|场)$/;

export interface LegacyReading {
  values: Record<string, CellValue>;
  locations: Map<string, Location>;
  /** Indicator id → key, for the rules. */
  keys: Map<string, string>;
  findings: Finding[];
  start: number;
}

/** Index of the line that starts the statistical table (its 统计指标 header or title), or -1. */
export function legacyTableStart(lines: readonly Line[]): number {
  const header = lines.findIndex((l) => /统计指标/.test(l.norm) && l.norm.length < 40);
  if (header >= 0) {
    const title = header > 0 && /统计表$/.test(lines[header - 1]!.norm) ? header - 1 : header;
    return title;
  }
  return lines.findIndex((l) => /^(?:附件\d?[:.]?)?.{0,30}政府信息公开(?:工作)?(?:情况)?统计表$/.test(l.norm));
}

export function readLegacyTable(lines: readonly Line[]): LegacyReading | null {
  const start = legacyTableStart(lines);
  if (start < 0) return null;
  const values: Record<string, CellValue> = {};
  const locations = new Map<string, Location>();
  const keys = new Map<string, string>();
  const findings: Finding[] = [];
  let top: string | null = null;
  let topBlock: number | null = null;
  let pending: { label: string; norm: string } | null = null;

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^注[:：]/.test(line.norm)) break;
    let label = line.label;
    // A unit cell (条, 件 …) between the label and the number belongs to neither.
    const unitMatch = /^(.*\S)[\s|]+(?:条|條|件|次|篇|个|個|人次|人|万元|萬元|元)$/.exec(label.trim());
    if (unitMatch) label = unitMatch[1]!;
    else if (UNIT.test(line.norm)) label = '';
    const blankValue = !line.hasNumbers && line.tableRow && !!unitMatch && line.values.length > 0 && line.values.every((v) => v.kind === 'blank');
    if (!line.hasNumbers && !blankValue) {
      if (label.trim() === '' || /统计指标|单位|统计数|统计表/.test(line.norm)) continue;
      const { own, isTop } = legacyKey(label, top);
      if (isTop) {
        top = own;
        topBlock = blockOf(line.norm);
      }
      // The number may follow on its own line (one cell per line), for a top-level row too.
      pending = { label, norm: line.norm };
      continue;
    }
    const source = label.trim() !== '' ? { label, norm: line.norm } : pending;
    pending = null;
    if (source === null) continue;
    const rowLabel = source.label;
    const rowNorm = source.norm;
    // A value printed blank in a row that names its unit is a zero of a filled table.
    const numbers = blankValue ? line.values.slice(0, 1) : line.values.filter((v) => v.kind === 'number');
    const { key, own, isTop } = legacyKey(rowLabel, top);
    if (isTop) {
      top = own;
      topBlock = blockOf(rowNorm);
    }
    if (numbers.length !== 1) {
      values[key] = null;
      findings.push(
        extractionFinding('extract/row-unreadable', 'warning', `统计表「${own}」一行读到 ${numbers.length} 个数字，应为 1 个，记为空（null）。`, [`legacy.${key}`], line.loc),
      );
      continue;
    }
    values[key] = numbers[0]!.value;
    locations.set(`legacy.${key}`, numbers[0]!.loc);
    const id = indicatorOf(rowNorm, topBlock, isTop);
    if (id && !keys.has(id)) keys.set(id, key);
  }
  return { values, locations, keys, findings, start };
}

/** The block a top-level row opens, from its normalised label. */
function blockOf(norm: string): number | null {
  return LEGACY_BLOCKS.find((b) => b.pattern.test(norm))?.number ?? null;
}

/** The indicator a row is, from its normalised label (a unit cell after it does not disturb the patterns). */
function indicatorOf(norm: string, block: number | null, isTop: boolean): string | null {
  if (block === null) return null;
  for (const indicator of LEGACY_INDICATORS) {
    if (indicator.block !== block) continue;
    if (isTop ? !indicator.pattern : indicator.pattern?.test(norm)) return indicator.id;
  }
  return null;
}
