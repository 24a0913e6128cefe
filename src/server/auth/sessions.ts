/**
 * Sessions: a random token in an HttpOnly, SameSite=Strict cookie; the database keeps only its
 * sha256, with the user, a CSRF token, an idle expiry (sliding) and an absolute one.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { deleteSession, insertSession, sessionWithUser, touchSession } from '../../store/web-sessions.js';
import { webDb, type SessionRow, type UserRow } from '../../store/web-schema.js';
import type { AppEnv } from '../deps.js';

export const SESSION_COOKIE = 'gk_session';
/** Signed out after two hours without a request, and after twelve hours in any case. */
export const IDLE_MS = 2 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** The expiry is pushed forward at most this often (not a write per request). */
const TOUCH_MS = 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const secure = (c: Context<AppEnv>): boolean => new URL(c.req.url).protocol === 'https:';

export async function startSession(c: Context<AppEnv>, user: UserRow): Promise<SessionRow> {
  const { deps } = c.var;
  const now = deps.clock();
  const token = randomBytes(32).toString('base64url');
  const session: SessionRow = {
    token_hash: hashToken(token),
    user_id: user.id,
    csrf_token: randomBytes(24).toString('base64url'),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + IDLE_MS).toISOString(),
    last_seen_at: now.toISOString(),
  };
  await insertSession(webDb(deps.corpus.store.db), session);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c), maxAge: ABSOLUTE_MS / 1000 });
  return session;
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(webDb(c.var.deps.corpus.store.db), hashToken(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c), httpOnly: true, sameSite: 'Strict' });
}

/** The request's session and user when valid (cookie present, not expired, account active); expired sessions are removed. */
export async function loadSession(c: Context<AppEnv>): Promise<{ session: SessionRow; user: UserRow } | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 200) return null;
  const db = webDb(c.var.deps.corpus.store.db);
  const hash = hashToken(token);
  const found = await sessionWithUser(db, hash);
  if (!found) return null;
  const now = c.var.deps.clock().getTime();
  const expired = Date.parse(found.session.expires_at) <= now || Date.parse(found.session.created_at) + ABSOLUTE_MS <= now;
  if (expired || found.user.active !== 1) {
    await deleteSession(db, hash);
    return null;
  }
  if (now - Date.parse(found.session.last_seen_at) > TOUCH_MS) {
    const expires = new Date(Math.min(now + IDLE_MS, Date.parse(found.session.created_at) + ABSOLUTE_MS)).toISOString();
    await touchSession(db, hash, new Date(now).toISOString(), expires);
  }
  return found;
}
