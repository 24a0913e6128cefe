/** `gongkai serve` as npm start runs it: listens on PORT, prints the first-run password once, serves /openapi.json, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the command; resolves with its output once it says it is listening. */
function start(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/gongkai.js'), 'serve', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Gongkai 已启动')) resolve(out);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`serve 退出（${code}）：${out}`)));
  });
  return { child, ready, output: () => out };
}

const stop = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => {
  child.once('exit', (code) => resolve(code));
  child.kill('SIGTERM');
});

describe('gongkai serve', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('listens on PORT with the OpenAPI document, prints the generated password on the first start only', async () => {
    const port = await freePort();
    const db = path.join(dir, 'serve.db');
    const first = start({ PORT: String(port), GONGKAI_DB: db, GONGKAI_DEMO: '0' });
    const printed = await first.ready;
    const password = /初始密码：([A-Za-z2-9]{16})/.exec(printed)?.[1];
    expect(password).toBeDefined();
    expect(printed).toContain(`Gongkai 已启动：请用浏览器打开 http://127.0.0.1:${port}/`);
    const doc = (await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json()) as any;
    expect(doc.openapi).toBe('3.0.3');
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    expect(((await login.json()) as any).user.mustChangePassword).toBe(true);
    expect(await stop(first.child)).toBe(0);

    const again = start({ PORT: String(port), GONGKAI_DB: db, GONGKAI_DEMO: '0' });
    expect(await again.ready).not.toContain('初始密码');
    expect(await stop(again.child)).toBe(0);
  }, 60_000);

  it('says so in Chinese when the port is taken', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/gongkai.js'), 'serve', '--port', String(port), '--db', path.join(dir, 'taken.db'), '--no-demo'], { cwd: REPO_ROOT });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    blocker.close();
    expect(code).toBe(2);
    expect(err).toContain(`端口 ${port} 已被占用`);
  }, 60_000);
});
