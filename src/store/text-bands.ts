/** MinHash LSH bands: the reports whose section text may resemble a given one, found through an index instead of comparing all pairs. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface BandCandidate {
  reportId: number;
  section: number;
  /** How many bands the two sections share (more bands, more alike). */
  shared: number;
}

/** Band rows read per lookup: boilerplate shared by thousands of reports must not make each lookup scan them all. */
export const MAX_BAND_ROWS = 4000;

/**
 * Reports sharing at least one band with the given ones, the most alike first. Reading at most
 * MAX_BAND_ROWS rows and keeping `limit` candidates bounds the work per report whatever the corpus size.
 */
export async function bandCandidates(db: Kysely<Database>, bands: readonly number[], excludeReportId: number, limit: number): Promise<BandCandidate[]> {
  if (bands.length === 0) return [];
  const rows = await db
    .selectFrom('text_bands')
    .select(['report_id', 'section'])
    .where('band', 'in', [...new Set(bands)])
    .where('report_id', '<>', excludeReportId)
    .limit(MAX_BAND_ROWS)
    .execute();
  const shared = new Map<string, BandCandidate>();
  for (const r of rows) {
    const key = `${r.report_id}:${r.section}`;
    const c = shared.get(key) ?? { reportId: r.report_id, section: r.section, shared: 0 };
    c.shared++;
    shared.set(key, c);
  }
  return [...shared.values()].sort((a, b) => b.shared - a.shared || b.reportId - a.reportId).slice(0, limit);
}
