/** Accounts and sessions: scrypt hashes, HttpOnly cookies, CSRF, throttling, expiry, forced password change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDb } from '../../src/store/web-schema.js';
import { userByName } from '../../src/store/web-users.js';
import { createTestApp, PASSWORD, type TestApp } from './helpers.js';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.addUser('admin', 'admin');
    await t.addUser('newbie', 'admin', {}, { mustChange: true });
  });
  afterAll(() => t?.close());

  it('stores passwords as scrypt hashes, never as given', async () => {
    const user = await userByName(webDb(t.corpus.store.db), 'admin');
    expect(user!.password_hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(user!.password_hash).not.toContain(PASSWORD);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const c = t.client();
    const res = await c.post('/api/auth/login', { username: 'admin', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^gk_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    const body = (await res.json()) as any;
    expect(body.user).toMatchObject({ username: 'admin', role: 'admin', roleLabel: '管理员' });
    expect(body.user.password_hash).toBeUndefined();
    expect(body.csrfToken).toHaveLength(32);
    expect((await c.json('/api/auth/me')).user.username).toBe('admin');
  });

  it('refuses a wrong password with a stable code and a Chinese message, and records it', async () => {
    const res = await t.client().post('/api/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(res.status).toBe(401);
    expect(await res.json() as any).toEqual({ error: { code: 'invalid-credentials', message: '用户名或密码不正确。' } });
    const unknown = await t.client().post('/api/auth/login', { username: 'nobody', password: 'whatever-it-is' });
    expect((await unknown.json() as any).error.code).toBe('invalid-credentials');
    const audit = await webDb(t.corpus.store.db).selectFrom('web_audit').select(['action', 'username']).where('action', '=', 'login-failed').execute();
    expect(audit.map((a) => a.username)).toEqual(['admin', 'nobody']);
  });

  it('locks a user name for five minutes after five failures', async () => {
    await t.addUser('target', 'admin');
    for (let i = 0; i < 5; i++) expect((await t.client().post('/api/auth/login', { username: 'target', password: `guess-${i}-xxxxx` })).status).toBe(401);
    const locked = await t.client().post('/api/auth/login', { username: 'target', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect((await locked.json() as any).error.code).toBe('login-throttled');
    t.advance(5 * 60 * 1000 + 1);
    expect((await t.client().post('/api/auth/login', { username: 'target', password: PASSWORD })).status).toBe(200);
  });

  it('answers 401 without a session, and 403 to a change without the CSRF token or from another origin', async () => {
    expect((await t.client().get('/api/reports')).status).toBe(401);
    const c = await t.signIn('admin');
    const noToken = await c.post('/api/uploads', {}, { 'X-CSRF-Token': '' });
    expect(noToken.status).toBe(403);
    expect((await noToken.json() as any).error).toEqual({ code: 'csrf-failed', message: '安全校验未通过，请刷新页面后重试。' });
    const wrongToken = await c.post('/api/uploads', {}, { 'X-CSRF-Token': 'x'.repeat(32) });
    expect(wrongToken.status).toBe(403);
    const otherSite = await c.post('/api/uploads', {}, { Origin: 'https://evil.example' });
    expect((await otherSite.json() as any).error.code).toBe('csrf-failed');
    const crossLogin = await t.client().post('/api/auth/login', { username: 'admin', password: PASSWORD }, { Origin: 'https://evil.example' });
    expect(crossLogin.status).toBe(403);
    expect((await c.post('/api/uploads')).status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const c = await t.signIn('admin');
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    c.cookie = cookie;
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('expires a session after two idle hours', async () => {
    const c = await t.signIn('admin');
    t.advance(60 * 60 * 1000);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    t.advance(2 * 60 * 60 * 1000 + 1000);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps a user with a generated password to the password page until it is changed', async () => {
    const c = await t.signIn('newbie');
    const blocked = await c.get('/api/reports');
    expect(blocked.status).toBe(403);
    expect((await blocked.json() as any).error.code).toBe('password-change-required');
    const other = await t.signIn('newbie');
    const weak = await c.post('/api/auth/password', { oldPassword: PASSWORD, newPassword: 'short' });
    expect((await weak.json() as any).error.code).toBe('weak-password');
    const wrong = await c.post('/api/auth/password', { oldPassword: 'not-the-password', newPassword: 'a-much-better-one' });
    expect((await wrong.json() as any).error.code).toBe('wrong-password');
    expect((await c.post('/api/auth/password', { oldPassword: PASSWORD, newPassword: 'a-much-better-one' })).status).toBe(200);
    expect((await c.get('/api/reports')).status).toBe(200);
    // The password change signs out every other session of the user.
    expect((await other.get('/api/auth/me')).status).toBe(401);
  });
});
