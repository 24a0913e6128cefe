/** Login sessions by the hash of their cookie token. */
import type { SessionRow, UserRow, WebDb } from './web-schema.js';

export async function insertSession(db: WebDb, row: SessionRow): Promise<void> {
  await db.insertInto('web_sessions').values(row).execute();
}

/** The session and its user, when the session exists (expiry is the caller's decision: it has the clock). */
export async function sessionWithUser(db: WebDb, tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | null> {
  const session = await db.selectFrom('web_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!session) return null;
  const user = await db.selectFrom('web_users').selectAll().where('id', '=', session.user_id).executeTakeFirst();
  return user ? { session, user } : null;
}

export async function touchSession(db: WebDb, tokenHash: string, lastSeen: string, expires: string): Promise<void> {
  await db.updateTable('web_sessions').set({ last_seen_at: lastSeen, expires_at: expires }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: WebDb, tokenHash: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user (password changed, account disabled), except the one given. */
export async function deleteUserSessions(db: WebDb, userId: number, keepTokenHash?: string): Promise<void> {
  let q = db.deleteFrom('web_sessions').where('user_id', '=', userId);
  if (keepTokenHash) q = q.where('token_hash', '!=', keepTokenHash);
  await q.execute();
}

export async function deleteExpiredSessions(db: WebDb, now: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('expires_at', '<', now).execute();
}
