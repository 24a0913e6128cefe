/** MinHash LSH bands: the reports whose section text may resemble a given one, found through an index instead of comparing all pairs. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect-of.js';
import type { CorpusDeletion } from './findings.js';
import type { LightReport } from './light-reports.js';
import type { Database } from './schema.js';

export interface BandCandidate extends LightReport {
  /** The report the candidate was looked up for. */
  forId: number;
  reportId: number;
  section: number;
  /** How many bands the two sections share (more bands, more alike). */
  shared: number;
}

/**
 * A band whose key more than this many sections share is boilerplate (a "stop band"): text that
 * many reports carry — the wording of the national template, a paragraph every department of a
 * region was given — makes no candidate pairs, and looking it up costs this many index entries at
 * most instead of a scan of every report that carries it. The document-frequency cutoff is applied
 * per band rather than per shingle: a band's key is shared exactly when all of its minima come from
 * shared text, and counting bands needs no table of every shingle's frequency updated on each write.
 */
export const STOP_BAND_POSTINGS = 100;

type CandidateRow = { for_id: number; report_id: number; section: number; shared: number | string; usable_bands?: string | null } & Omit<LightReport, 'id'>;

/** Band rows read per lookup: a bound whatever the corpus (with stop bands at most 16 bands × sections × STOP_BAND_POSTINGS are read). */
export const MAX_BAND_ROWS = 4000;

/** The band keys of each report, as stored. */
export async function storedBands(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(reportIds.map((id) => [id, []]));
  for (let i = 0; i < reportIds.length; i += 500) {
    for (const row of await db.selectFrom('text_bands').select(['report_id', 'band']).where('report_id', 'in', reportIds.slice(i, i + 500)).execute()) {
      out.get(row.report_id)!.push(row.band);
    }
  }
  return out;
}

/**
 * For each report (with its band keys), the reports sharing at least one of those bands that is not
 * a stop band, the most alike first (then the newest), at most `limit` each, with their rows — one
 * query for all of them. The bands go in as a list of values, which both databases answer with one
 * index range per band; as a subquery over text_bands, PostgreSQL (its statistics lagging behind a
 * fast-growing table, and misled by the row limit) walked the whole band index instead.
 * `stopPostings` null compares through every band, boilerplate included.
 */
export async function bandCandidates(
  db: Kysely<Database>,
  reports: ReadonlyArray<{ id: number; bands: readonly number[] }>,
  limit: number,
  stopPostings: number | null = STOP_BAND_POSTINGS,
  /** Reports written in this transaction but not yet "stored" for these checks (see corpus/store-group.ts): neither counted nor candidates. */
  hidden: ReadonlySet<number> = new Set(),
  /** A deletion to run first (on PostgreSQL in the same statement, saving a round trip; it touches no table read here). */
  before: CorpusDeletion | null = null,
  /**
   * Bands found to be stop bands earlier in the same transaction, added to as more are found: a
   * transaction that deletes no bands only adds postings, so a stop band stays one, and boilerplate
   * is counted once per group of reports instead of once per report.
   */
  knownStop?: Set<number>,
): Promise<BandCandidate[]> {
  const withBands = reports
    .map((r) => (knownStop && stopPostings !== null ? { id: r.id, bands: r.bands.filter((b) => !knownStop.has(b)) } : r))
    .filter((r) => r.bands.length > 0);
  const postgres = dialectOf(db) === 'postgres';
  if (before && (!postgres || withBands.length === 0)) await before.execute();
  if (withBands.length === 0) return [];
  const columns = sql`c.for_id, c.report_id, c.section, c.shared, r.sha256, r.unit_id, r.year, r.is_primary, r.agency, r.parsed_at, u.name as unit_name`;
  const join = sql`join reports r on r.id = c.report_id left join units u on u.id = r.unit_id`;
  const perReport = (id: number, bands: RawBuilder<unknown>, notHidden: RawBuilder<unknown>) => sql`select * from (
      select cast(${id} as integer) as for_id, t.report_id, t.section, count(*) as shared
      from (select report_id, section from text_bands where ${bands} and report_id <> ${id}${notHidden} limit ${MAX_BAND_ROWS}) t
      group by t.report_id, t.section
      order by shared desc, t.report_id desc, t.section
      limit ${limit}) x`;
  // The bands that are not stop bands are counted once for all the reports (a unit's reports of
  // adjacent years share most of theirs). Counting a band's postings stops past the cutoff: a stop
  // band costs stopPostings + 1 index entries, however many share it.
  const allBands = [...new Set(withBands.flatMap((r) => r.bands))];
  const cutoff = (stopPostings ?? 0) + 1;
  let query: RawBuilder<CandidateRow>;
  if (postgres) {
    // Arrays, one parameter each: planning a statement with a parameter per band cost as much as running it.
    const ids = [...hidden];
    const notHidden = (column: string) => (ids.length === 0 ? sql`` : sql` and not (${sql.ref(column)} = any(cast(${ids} as integer[])))`);
    const bandsOf = (bands: readonly number[]) =>
      stopPostings === null ? sql`band = any(cast(${[...bands]} as integer[]))` : sql`band = any(array(select band from usable where band = any(cast(${[...bands]} as integer[]))))`;
    const usable = sql`usable (band) as (
      select b from unnest(cast(${allBands} as integer[])) b
      where (select count(*) from (select 1 from text_bands p where p.band = b${notHidden('p.report_id')} limit ${cutoff}) z) <= ${stopPostings ?? 0})`;
    // A data-modifying WITH runs whether or not the query reads it.
    const ctes = [...(before ? [sql`deleted as (${before.returning('id')})`] : []), ...(stopPostings === null ? [] : [usable])];
    const learned = stopPostings === null ? sql`` : sql`, (select array_to_string(array_agg(band), ',') from usable) as usable_bands`;
    query = sql`${ctes.length === 0 ? sql`` : sql`with ${sql.join(ctes)}`} select ${columns}${learned}
      from (${sql.join(withBands.map(({ id, bands }) => perReport(id, bandsOf(bands), notHidden('report_id'))), sql` union all `)}) c ${join}`;
  } else {
    const notHidden = (column: string) => (hidden.size === 0 ? sql`` : sql` and ${sql.ref(column)} not in (${sql.join([...hidden])})`);
    const bandsOf = (bands: readonly number[]) => (stopPostings === null ? sql`band in (${sql.join([...bands])})` : sql`band in (select band from usable where band in (${sql.join([...bands])}))`);
    const usable = sql`with usable (band) as (
      select v.column1 from (values ${sql.join(allBands.map((b) => sql`(cast(${b} as integer))`))}) v
      where (select count(*) from (select 1 from text_bands p where p.band = v.column1${notHidden('p.report_id')} limit ${cutoff}) z) <= ${stopPostings ?? 0})`;
    const learned = stopPostings === null ? sql`` : sql`, (select group_concat(band) from usable) as usable_bands`;
    query = sql`${stopPostings === null ? sql`` : usable} select ${columns}${learned}
      from (${sql.join(withBands.map(({ id, bands }) => perReport(id, bandsOf(bands), notHidden('report_id'))), sql` union all `)}) c ${join}`;
  }
  const { rows } = await query.execute(db);
  if (knownStop && stopPostings !== null && rows.length > 0) {
    const usable = new Set(String(rows[0]!.usable_bands ?? '').split(',').filter(Boolean).map(Number));
    for (const band of allBands) if (!usable.has(band)) knownStop.add(band);
  }
  return rows
    .map((r) => ({
      forId: Number(r.for_id),
      reportId: Number(r.report_id),
      section: Number(r.section),
      shared: Number(r.shared),
      id: Number(r.report_id),
      sha256: r.sha256,
      unit_id: r.unit_id,
      year: r.year,
      is_primary: r.is_primary,
      agency: r.agency,
      parsed_at: r.parsed_at,
      unit_name: r.unit_name,
    }))
    .sort((a, b) => a.forId - b.forId || b.shared - a.shared || b.reportId - a.reportId || a.section - b.section);
}
