/** The first start: the administrator account (password printed once, or from the environment) and the demo data loaded once into an empty database. */
import { afterEach, describe, expect, it } from 'vitest';
import { ensureAdministrator, firstRunMessage } from '../../src/server/auth/first-run.js';
import { verifyPassword } from '../../src/server/auth/passwords.js';
import { DEMO_FLAG, loadDemoIfEmpty } from '../../src/server/demo/load-demo.js';
import { webDb } from '../../src/store/web-schema.js';
import { getWebSetting } from '../../src/store/web-settings.js';
import { userByName } from '../../src/store/web-users.js';
import { createTestApp, seed, TEST_SCRYPT, type TestApp } from './helpers.js';

describe('first start', () => {
  let t: TestApp;
  afterEach(() => t.close());
  const now = new Date('2025-06-02T09:00:00Z');

  it('creates the administrator with a generated password, printed once, to be changed at first sign-in', async () => {
    t = await createTestApp();
    const first = await ensureAdministrator(t.corpus, {}, TEST_SCRYPT, now);
    expect(first!.username).toBe('admin');
    expect(first!.generated).toMatch(/^[A-Za-z2-9]{16}$/);
    const message = firstRunMessage(first!);
    expect(message).toContain(`初始密码：${first!.generated}`);
    expect(message).toContain('这个密码只显示这一次');
    const user = await userByName(webDb(t.corpus.store.db), 'admin');
    expect(user).toMatchObject({ role: 'admin', must_change_password: 1 });
    expect(await verifyPassword(first!.generated!, user!.password_hash)).toBe(true);
    expect(await ensureAdministrator(t.corpus, {}, TEST_SCRYPT, now)).toBeNull();
  });

  it('takes the password from GONGKAI_ADMIN_PASSWORD and prints none', async () => {
    t = await createTestApp();
    const first = await ensureAdministrator(t.corpus, { GONGKAI_ADMIN_PASSWORD: 'set-by-the-operator', GONGKAI_ADMIN_USER: 'root' }, TEST_SCRYPT, now);
    expect(first).toEqual({ username: 'root', generated: null });
    expect(firstRunMessage(first!)).not.toContain('set-by-the-operator');
    const user = await userByName(webDb(t.corpus.store.db), 'root');
    expect(user!.must_change_password).toBe(0);
    await expect(ensureAdministrator(t.corpus, {}, TEST_SCRYPT, now)).resolves.toBeNull();
  });

  it('refuses a short password from the environment', async () => {
    t = await createTestApp();
    await expect(ensureAdministrator(t.corpus, { GONGKAI_ADMIN_PASSWORD: 'short' }, TEST_SCRYPT, now)).rejects.toThrow('GONGKAI_ADMIN_PASSWORD 设置的密码太短');
  });

  it('loads the demo once, and never into a database that already holds reports', async () => {
    t = await createTestApp();
    await t.addUser('admin', 'admin');
    const c = await t.signIn('admin');
    await c.upload('suizhou-commerce-2023.txt', seed('suizhou-commerce-2023.txt'));
    expect(await loadDemoIfEmpty(t.corpus, t.deps.parser, 'test@1')).toBeNull();
    expect(await getWebSetting(webDb(t.corpus.store.db), DEMO_FLAG)).toBe('skipped: database not empty');
    expect((await c.json('/api/reports')).total).toBe(1);
  });
});
