/** Upload batches and what became of each file in them. */
import type { UploadItemRow, WebDb } from './web-schema.js';

export async function createUpload(db: WebDb, userId: number, now: string): Promise<number> {
  return (await db.insertInto('web_uploads').values({ user_id: userId, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function uploadById(db: WebDb, id: number) {
  return (await db.selectFrom('web_uploads').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function insertUploadItems(db: WebDb, items: readonly Omit<UploadItemRow, 'id'>[]): Promise<void> {
  if (items.length > 0) await db.insertInto('web_upload_items').values([...items]).execute();
}

export async function uploadItems(db: WebDb, uploadId: number): Promise<UploadItemRow[]> {
  return db.selectFrom('web_upload_items').selectAll().where('upload_id', '=', uploadId).orderBy('id').execute();
}

/** A user's recent batches with their counts by status. */
export async function recentUploads(db: WebDb, userId: number | null, limit: number) {
  let q = db
    .selectFrom('web_uploads as u')
    .leftJoin('web_upload_items as i', 'i.upload_id', 'u.id')
    .leftJoin('web_users as w', 'w.id', 'u.user_id')
    .select(['u.id', 'u.created_at', 'w.username', (eb) => eb.fn.count('i.id').as('files'), 'i.status'])
    .groupBy(['u.id', 'u.created_at', 'w.username', 'i.status'])
    .orderBy('u.id', 'desc');
  if (userId !== null) q = q.where('u.user_id', '=', userId);
  const rows = await q.execute();
  const out = new Map<number, { id: number; createdAt: string; username: string | null; counts: Record<string, number> }>();
  for (const r of rows) {
    const entry = out.get(r.id) ?? { id: r.id, createdAt: r.created_at, username: r.username, counts: {} };
    if (r.status) entry.counts[r.status] = (entry.counts[r.status] ?? 0) + Number(r.files);
    out.set(r.id, entry);
  }
  return [...out.values()].slice(0, limit);
}

/** Files that failed, newest first; a user's own uploads only when userId is given. */
export async function failedItems(db: WebDb, userId: number | null, limit: number) {
  let q = db
    .selectFrom('web_upload_items as i')
    .innerJoin('web_uploads as u', 'u.id', 'i.upload_id')
    .leftJoin('web_users as w', 'w.id', 'u.user_id')
    .select(['i.id', 'i.upload_id', 'i.name', 'i.size', 'i.sha256', 'i.status', 'i.message', 'i.at', 'w.username'])
    .where('i.status', 'in', ['failed', 'rejected']);
  if (userId !== null) q = q.where('u.user_id', '=', userId);
  return q.orderBy('i.id', 'desc').limit(limit).execute();
}

/** Who uploaded a file with this content (a clerk may see the failures of their own uploads). */
export async function uploadersOf(db: WebDb, sha256: string): Promise<number[]> {
  const rows = await db.selectFrom('web_upload_items as i').innerJoin('web_uploads as u', 'u.id', 'i.upload_id').select('u.user_id').where('i.sha256', '=', sha256).execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

export interface Reading {
  sha256: string;
  reportId: number | null;
  unitId: number | null;
  year: number | null;
  agency: string | null;
  errors: number;
  warnings: number;
  failure: { code: string; message: string } | null;
}

/** How each of these originals was read: as a report (with its unit and year) or as a failure. */
export async function readingsBySha(db: WebDb, hashes: readonly string[]): Promise<Map<string, Reading>> {
  const out = new Map<string, Reading>();
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    const reports = await db.selectFrom('reports').select(['id', 'sha256', 'unit_id', 'year', 'agency', 'errors', 'warnings']).where('sha256', 'in', chunk).execute();
    for (const r of reports) out.set(r.sha256, { sha256: r.sha256, reportId: r.id, unitId: r.unit_id, year: r.year, agency: r.agency, errors: r.errors, warnings: r.warnings, failure: null });
    const failures = await db.selectFrom('failures').select(['sha256', 'error_code', 'error_message']).where('sha256', 'in', chunk).execute();
    for (const f of failures) {
      if (!out.has(f.sha256)) out.set(f.sha256, { sha256: f.sha256, reportId: null, unitId: null, year: null, agency: null, errors: 0, warnings: 0, failure: { code: f.error_code, message: f.error_message } });
    }
  }
  return out;
}
