/**
 * Statutory publication deadlines (domain.md §4), configurable per region: a setting on a region
 * holds for its whole subtree unless a nearer region sets its own.
 */
import type { RegionRow, UnitKind } from '../store/schema.js';
import { settingsAlong } from '../store/regions.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** Month-day in the year after the report year. 乡镇/街道 have no national deadline; the government's is the default. */
export const DEFAULT_DEADLINES: Record<UnitKind, string> = { department: '01-31', government: '03-31', township: '03-31' };

export const deadlineKey = (kind: UnitKind): string => `deadline.${kind}`;

/** Deadline (YYYY-MM-DD) for a unit of this kind in this region (lineage nearest first), for a report year. */
export function deadlineFor(kind: UnitKind, lineage: readonly RegionRow[], settings: ReadonlyMap<string, ReadonlyMap<string, string>>, year: number): { date: string; source: string } {
  // REG2008 第三十一条: every body by 31 March for reports of 2018 and earlier.
  if (year <= 2018) return { date: `${year + 1}-03-31`, source: '原条例第三十一条' };
  for (const region of lineage) {
    const value = settings.get(region.id)?.get(deadlineKey(kind));
    if (value) return { date: `${year + 1}-${value}`, source: `${region.full_name}设定` };
  }
  return { date: `${year + 1}-${DEFAULT_DEADLINES[kind]}`, source: kind === 'township' ? '无全国统一期限，按政府期限' : '条例第四十九条' };
}

/** The settings of a lineage as region → key → value. */
export async function lineageSettings(db: Kysely<Database>, lineage: readonly RegionRow[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of await settingsAlong(db, lineage.map((r) => r.id))) {
    const m = out.get(s.region_id) ?? new Map<string, string>();
    m.set(s.key, s.value);
    out.set(s.region_id, m);
  }
  return out;
}

export function validMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(`2001-${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCMonth() + 1 === Number(m[1]) && date.getUTCDate() === Number(m[2]);
}
