/**
 * CSRF protection for every state-changing request: the session's token must come back in the
 * X-CSRF-Token header (a cross-site form cannot set headers), compared in constant time; and an
 * Origin header, when the browser sends one, must be this server's own.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (method: string): boolean => SAFE.has(method.toUpperCase());

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Same-origin check on unsafe requests (login included: it has no session token yet). */
export function checkOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('Origin');
  if (!origin || origin === 'null') {
    if (origin === 'null') throw new ApiError('csrf-failed');
    return;
  }
  const own = new URL(c.req.url);
  const host = c.req.header('Host') ?? own.host;
  let given: URL;
  try {
    given = new URL(origin);
  } catch {
    throw new ApiError('csrf-failed');
  }
  if (given.host !== host) throw new ApiError('csrf-failed');
}

/** The token check for a signed-in user's unsafe request. */
export function checkCsrfToken(c: Context<AppEnv>): void {
  const session = c.var.session;
  const sent = c.req.header(CSRF_HEADER);
  if (!session || !sent || !sameToken(sent, session.csrf_token)) throw new ApiError('csrf-failed');
}
