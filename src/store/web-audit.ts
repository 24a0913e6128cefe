/** The audit log: who did what, when, from where. Append-only. */
import type { AuditRow, WebDb } from './web-schema.js';

export async function appendAudit(db: WebDb, row: Omit<AuditRow, 'id'>): Promise<void> {
  await db.insertInto('web_audit').values(row).execute();
}

/** Newest first, a page at a time (before: an id to continue below). */
export async function listAudit(db: WebDb, options: { before?: number; limit: number; action?: string; username?: string }): Promise<AuditRow[]> {
  let q = db.selectFrom('web_audit').selectAll();
  if (options.before !== undefined) q = q.where('id', '<', options.before);
  if (options.action) q = q.where('action', '=', options.action);
  if (options.username) q = q.where('username', '=', options.username);
  return q.orderBy('id', 'desc').limit(options.limit).execute();
}
