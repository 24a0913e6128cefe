/** Findings: those of the parse (written with the report) and those of the corpus rules (re-derived when neighbours change). */
import type { Kysely } from 'kysely';
import type { Database, FindingRow, NewFindingRow } from './schema.js';

export type NewCorpusFinding = Omit<NewFindingRow, 'origin'>;

export async function insertCorpusFindings(db: Kysely<Database>, findings: readonly NewCorpusFinding[]): Promise<void> {
  for (let i = 0; i < findings.length; i += 500) {
    await db
      .insertInto('findings')
      .values(findings.slice(i, i + 500).map((f) => ({ ...f, origin: 'corpus' as const })))
      .execute();
  }
}

/**
 * What rechecking these reports clears first, as one statement (null: nothing to clear): their own
 * corpus findings of `ownRules`, and findings of the symmetric `pairRules` that involve them on
 * either side. Two index lookups (by report, by related report) instead of an OR the planner might
 * answer with a scan.
 */
export function corpusAroundDeletion(db: Kysely<Database>, reportIds: readonly number[], ownRules: readonly string[], pairRules: readonly string[]) {
  const own = [...new Set([...ownRules, ...pairRules])];
  if (reportIds.length === 0 || own.length === 0) return null;
  const ids = [...reportIds];
  return db.deleteFrom('findings').where('id', 'in', (eb) => {
    const mine = eb.selectFrom('findings').select('id').where('report_id', 'in', ids).where('origin', '=', 'corpus').where('rule', 'in', own);
    if (pairRules.length === 0) return mine;
    return mine.unionAll(eb.selectFrom('findings').select('id').where('related_report_id', 'in', ids).where('origin', '=', 'corpus').where('rule', 'in', [...pairRules]));
  });
}

export type CorpusDeletion = NonNullable<ReturnType<typeof corpusAroundDeletion>>;

export async function findingsOf(db: Kysely<Database>, reportId: number): Promise<FindingRow[]> {
  return db.selectFrom('findings').selectAll().where('report_id', '=', reportId).orderBy('origin').orderBy('id').execute();
}

export async function findingsOfReports(db: Kysely<Database>, reportIds: readonly number[]): Promise<FindingRow[]> {
  const out: FindingRow[] = [];
  for (let i = 0; i < reportIds.length; i += 500) {
    out.push(...(await db.selectFrom('findings').selectAll().where('report_id', 'in', reportIds.slice(i, i + 500)).orderBy('report_id').orderBy('id').execute()));
  }
  return out;
}

export type SeverityCounts = { error: number; warning: number; info: number };

/** Findings per report by severity, parse and corpus together. */
export async function severityCounts(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<number, SeverityCounts>> {
  const out = new Map<number, SeverityCounts>();
  for (let i = 0; i < reportIds.length; i += 500) {
    const rows = await db
      .selectFrom('findings')
      .select(['report_id', 'severity', (eb) => eb.fn.countAll().as('n')])
      .where('report_id', 'in', reportIds.slice(i, i + 500))
      .groupBy(['report_id', 'severity'])
      .execute();
    for (const row of rows) {
      const counts = out.get(row.report_id) ?? { error: 0, warning: 0, info: 0 };
      counts[row.severity] += Number(row.n);
      out.set(row.report_id, counts);
    }
  }
  return out;
}

/** Counts by rule over the whole corpus or a set of reports (the ingest summary). */
export async function countsByRule(db: Kysely<Database>, reportIds: readonly number[]): Promise<Map<string, { severity: string; n: number }>> {
  const out = new Map<string, { severity: string; n: number }>();
  for (let i = 0; i < reportIds.length; i += 500) {
    const rows = await db
      .selectFrom('findings')
      .select(['rule', 'severity', (eb) => eb.fn.countAll().as('n')])
      .where('report_id', 'in', reportIds.slice(i, i + 500))
      .groupBy(['rule', 'severity'])
      .execute();
    for (const row of rows) {
      const key = `${row.rule}\u0000${row.severity}`;
      const prev = out.get(key);
      out.set(key, { severity: row.severity, n: (prev?.n ?? 0) + Number(row.n) });
    }
  }
  return out;
}
