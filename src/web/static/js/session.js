// @ts-check
/** The signed-in user, shared by the pages. */
import { get, setCsrfToken } from './api.js';

/**
 * @typedef {{ id: number, username: string, displayName: string, role: 'admin' | 'reviewer' | 'clerk', roleLabel: string,
 *   regionId: string | null, regionName: string | null, unitId: number | null, unitName: string | null, mustChangePassword: boolean }} User
 */

/** @type {{ user: User | null }} */
export const session = { user: null };

export const isAdmin = () => session.user?.role === 'admin';
export const isReviewer = () => session.user?.role === 'admin' || session.user?.role === 'reviewer';

/** Reads the session again (after a password change). */
export async function refreshSession() {
  const me = await get('/api/auth/me');
  session.user = me.user;
  setCsrfToken(me.csrfToken);
}
