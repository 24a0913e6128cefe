/** Agency names in one comparable form, and what a name says about the kind of unit. */
import type { UnitKind } from '../../store/schema.js';

/** NFKC, no spaces or brackets' padding, 区政府 → 区人民政府 (both are printed for the same body). */
export function normalizeAgency(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’]/g, '')
    .replace(/(省|市|区|县|旗|州|盟)政府$/, '$1人民政府');
}

const TOWNSHIP = /(?:乡|镇|街道)(?:人民政府|办事处)?$|街道办事处$/;
const GOVERNMENT = /^(?:人民政府|行政公署)$/;

/**
 * The kind of a unit from what is left of its name once the region words are taken off:
 * 人民政府 alone is the region's government; 乡/镇/街道 bodies are townships; the rest are departments.
 */
export function kindOf(core: string): UnitKind {
  if (GOVERNMENT.test(core)) return 'government';
  if (TOWNSHIP.test(core)) return 'township';
  return 'department';
}

/** 三河镇人民政府 → 三河镇; 清河街道办事处 → 清河街道. */
export function townshipName(core: string): string | null {
  const m = /^(.+?(?:乡|镇|街道))(?:人民政府|办事处)?$/.exec(core);
  return m ? m[1]! : null;
}

export const KIND_LABELS: Record<UnitKind, string> = { government: '政府', department: '部门', township: '乡镇/街道' };

/** 政府 / 部门 / 乡镇 / 街道 (or the English keys) → the kind; null when not recognised. */
export function parseKind(text: string): UnitKind | null {
  const t = text.trim();
  if (/^(?:政府|人民政府|government)$/i.test(t)) return 'government';
  if (/^(?:部门|department)$/i.test(t)) return 'department';
  if (/^(?:乡镇|乡|镇|街道|乡镇\/街道|乡镇街道|township)$/i.test(t)) return 'township';
  return null;
}
