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

/** Removes a report's corpus findings of the given rules (its own, not those it is the related report of). */
export async function deleteCorpusFindings(db: Kysely<Database>, reportId: number, rules: readonly string[]): Promise<void> {
  if (rules.length === 0) return;
  await db.deleteFrom('findings').where('report_id', '=', reportId).where('origin', '=', 'corpus').where('rule', 'in', rules).execute();
}

/** Removes findings of a symmetric rule that involve the report on either side. */
export async function deletePairFindings(db: Kysely<Database>, reportId: number, rule: string): Promise<void> {
  await db
    .deleteFrom('findings')
    .where('origin', '=', 'corpus')
    .where('rule', '=', rule)
    .where((eb) => eb.or([eb('report_id', '=', reportId), eb('related_report_id', '=', reportId)]))
    .execute();
}

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
