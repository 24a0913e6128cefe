/**
 * Imports a unit list: each row becomes a unit, or updates the unit already known under that name
 * (an auto-created 淮安市洪泽区人民政府 becomes the imported 洪泽区人民政府, keeping the old name as an
 * alias). Afterwards reports still without a unit are matched again. All in one transaction.
 */
import type { Kysely } from 'kysely';
import { addRegion } from '../../store/regions.js';
import { setReportUnit } from '../../store/reports.js';
import type { Database, RegionRow, UnitKind } from '../../store/schema.js';
import { addAlias, createUnit, getUnit, updateUnit } from '../../store/units.js';
import type { Corpus } from '../context.js';
import { placeReport } from '../store-report.js';
import { kindOf, normalizeAgency, parseKind, townshipName } from './normalize.js';
import type { UnitRecord } from './unit-table.js';

export interface ImportSummary {
  created: number;
  updated: number;
  problems: { line: number; message: string }[];
  /** Reports that found their unit after the import. */
  rematched: number;
}

export async function importUnits(corpus: Corpus, records: readonly UnitRecord[]): Promise<ImportSummary> {
  try {
    return await corpus.store.db.transaction().execute((trx) => importIn(trx, corpus, records));
  } finally {
    await corpus.reload();
  }
}

async function importIn(db: Kysely<Database>, corpus: Corpus, records: readonly UnitRecord[]): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, problems: [], rematched: 0 };
  const idsByName = new Map<string, number>();
  for (const rec of records) {
    const name = normalizeAgency(rec.name);
    const place = await regionOf(db, corpus, rec.region ?? name, rec.region !== null);
    if (!place) {
      summary.problems.push({ line: rec.line, message: `${rec.name}：${rec.region ? `地区“${rec.region}”无法识别` : '没有“地区”列，名称中也看不出地区'}，已跳过` });
      continue;
    }
    const core = corpus.regions.prefix(name).rest || name;
    const kind: UnitKind | null = rec.kind ? parseKind(rec.kind) : place.level === 'township' ? 'township' : kindOf(core);
    if (!kind) {
      summary.problems.push({ line: rec.line, message: `${rec.name}：类别“${rec.kind}”无法识别（应为 政府、部门、乡镇 或 街道），已跳过` });
      continue;
    }
    const known = [name, ...rec.aliases.map(normalizeAgency)]
      .map((n) => corpus.matcher.match(n, { autoCreate: false }))
      .find((m) => m.kind === 'exact' || m.kind === 'alias');
    let id: number;
    if (known?.unitId != null) {
      id = known.unitId;
      const old = await getUnit(db, id);
      await updateUnit(db, id, { name, kind, regionId: place.id, origin: 'import' });
      if (old && old.name !== name) await addAlias(db, id, normalizeAgency(old.name));
      summary.updated++;
    } else {
      id = await createUnit(db, { name, kind, regionId: place.id, parentId: null, origin: 'import' }, corpus.now());
      summary.created++;
    }
    for (const alias of rec.aliases) await addAlias(db, id, normalizeAgency(alias));
    idsByName.set(name, id);
    const unit = (await getUnit(db, id))!;
    corpus.matcher.add({ ...unit, aliases: rec.aliases.map(normalizeAgency) });
  }
  for (const rec of records) {
    if (!rec.parent) continue;
    const id = idsByName.get(normalizeAgency(rec.name));
    const parent = idsByName.get(normalizeAgency(rec.parent)) ?? corpus.matcher.match(rec.parent, { autoCreate: false }).unitId;
    if (id === undefined) continue;
    if (parent == null) summary.problems.push({ line: rec.line, message: `${rec.name}：上级单位“${rec.parent}”不在名录中，未设置上级` });
    else await updateUnit(db, id, { parentId: parent });
  }
  summary.rematched = await rematchUnassigned(db, corpus);
  return summary;
}

/** The region a row names (or its name implies); a township under a known county is added to the tree. */
async function regionOf(db: Kysely<Database>, corpus: Corpus, text: string, explicit: boolean): Promise<RegionRow | null> {
  const normalized = text.normalize('NFKC').replace(/\s+/g, '');
  const byCode = corpus.regions.get(normalized);
  if (byCode) return byCode;
  const p = corpus.regions.prefix(normalized);
  if (!p.region) return null;
  if (p.rest === '') return p.region;
  const town = townshipName(p.rest);
  if (explicit && town && town === p.rest.replace(/(?:人民政府|办事处)$/, '')) {
    const region = await addRegion(db, p.region, town, 'township');
    corpus.regions.add(region);
    return region;
  }
  return explicit ? null : p.region;
}

/** Reports without a unit, matched again against the (new) unit list; only confident matches are applied. */
export async function rematchUnassigned(db: Kysely<Database>, corpus: Corpus): Promise<number> {
  const rows = await db.selectFrom('reports').select(['id', 'agency', 'year']).where('unit_id', 'is', null).where('agency', 'is not', null).execute();
  let n = 0;
  for (const row of rows) {
    const m = corpus.matcher.match(row.agency, { autoCreate: false });
    if (m.unitId === null) continue;
    await setReportUnit(db, row.id, m.unitId, m.kind, m.confidence, null);
    if (m.alias && m.kind === 'alias') await addAlias(db, m.unitId, m.alias);
    await placeReport(db, row.id, m.unitId, row.year);
    n++;
  }
  return n;
}
