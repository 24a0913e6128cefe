/** Real Chromium for the end-to-end tests (Debian's /usr/bin/chromium through playwright-core), and a served app on a free loopback port. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/node.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { TEST_SCRYPT } from '../server/helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SHOTS = path.join(REPO_ROOT, 'test/screenshots');
export const ADMIN_PASSWORD = 'e2e-admin-password';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** A 1366×768 office screen in Chinese, accepting downloads, failing the test on any script error or CSP violation. */
export async function officeScreen(browser: Browser, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`页面脚本错误：${e.message}`));
  page.on('console', (m) => {
    // 401 before signing in and 403 in the role test are expected answers, not faults.
    if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) errors.push(`控制台错误：${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() === 404) errors.push(`404：${r.url()}`);
  });
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export interface Served {
  server: RunningServer;
  base: string;
  printed: string;
  close(): Promise<void>;
}

/** The app as `gongkai serve` starts it, on a temporary SQLite database, port chosen by the system. */
export async function serve(demo: boolean): Promise<Served> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-e2e-'));
  let printed = '';
  const server = await startServer({
    db: path.join(dir, 'e2e.db'),
    port: 0,
    host: '127.0.0.1',
    demo,
    env: { GONGKAI_ADMIN_PASSWORD: ADMIN_PASSWORD },
    print: (text) => void (printed += text),
    deps: { scrypt: TEST_SCRYPT, log: (line) => void (printed += `${line}\n`) },
  });
  return {
    server,
    base: `http://127.0.0.1:${server.port}`,
    get printed() {
      return printed;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('form.login button[type=submit]');
}
