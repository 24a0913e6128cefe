/** A test app over a fresh database (per dialect), with accounts of each role and a client that keeps the cookie and the CSRF token. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openCorpus, type Corpus } from '../../src/corpus/context.js';
import { inlineParser } from '../../src/corpus/ingest/parser.js';
import type { DialectName } from '../../src/store/open.js';
import { migrateWebTables } from '../../src/store/web-migrations.js';
import { webDb, type Role } from '../../src/store/web-schema.js';
import { insertUser } from '../../src/store/web-users.js';
import { createApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEFAULT_LIMITS, type AppDeps, type Limits } from '../../src/server/deps.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { createTestDb } from '../store/dialects.js';

export const SAMPLES = path.join(REPO_ROOT, 'samples');
export const SEED_NAMES = ['fuyuan-city-2023.txt', 'hotan-commerce-2023.txt', 'jinxiang-commerce-2017.txt', 'luolong-commerce-2023.txt', 'suizhou-commerce-2023.txt'];
export const seed = (name: string): Uint8Array => readFileSync(path.join(SAMPLES, name));

/** Cheap scrypt for tests: the cost is a parameter, the code path the same. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };
export const PASSWORD = 'correct-horse-battery';

/**
 * 洛龙区商务局's seed as its 2022 report, with 2 applications received by natural persons that appear
 * nowhere else in table 3: the 自然人 and 总计 columns no longer balance (table3/column-balance).
 */
export function luolong2022WithError(): Uint8Array {
  const text = new TextDecoder().decode(seed('luolong-commerce-2023.txt'));
  const lines = text.replace(/2023/g, '2022').replace(/2024/g, '2023').split('\n');
  const i = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
  lines[i] = '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t';
  return new TextEncoder().encode(lines.join('\n'));
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  corpus: Corpus;
  /** What the app logged (internal errors with their stacks). */
  logs: string[];
  /** Moves the app's clock. */
  advance(ms: number): void;
  addUser(username: string, role: Role, scope?: { regionId?: string; unitId?: number }, options?: { mustChange?: boolean }): Promise<number>;
  client(): Client;
  /** A client signed in as the user (password PASSWORD). */
  signIn(username: string): Promise<Client>;
  close(): Promise<void>;
}

export async function createTestApp(dialect: DialectName = 'sqlite', limits: Partial<Limits> = {}): Promise<TestApp> {
  const db = createTestDb(dialect);
  const store = await db.open();
  await migrateWebTables(store.db, store.dialect);
  const corpus = await openCorpus(store);
  let now = Date.parse('2025-06-02T09:00:00Z');
  const logs: string[] = [];
  const deps: AppDeps = {
    corpus,
    parser: inlineParser(),
    parserVersion: 'test@1',
    clock: () => new Date(now),
    limits: { ...DEFAULT_LIMITS, ...limits },
    scrypt: TEST_SCRYPT,
    log: (line) => logs.push(line),
  };
  const app = createApp(deps);
  const t: TestApp = {
    app,
    deps,
    corpus,
    logs,
    advance: (ms) => void (now += ms),
    async addUser(username, role, scope = {}, options = {}) {
      const at = new Date(now).toISOString();
      return insertUser(webDb(store.db), {
        username,
        display_name: `${username}（测试）`,
        password_hash: await hashPassword(PASSWORD, TEST_SCRYPT),
        role,
        region_id: scope.regionId ?? null,
        unit_id: scope.unitId ?? null,
        active: 1,
        must_change_password: options.mustChange ? 1 : 0,
        created_at: at,
        updated_at: at,
      });
    },
    client: () => new Client(app),
    async signIn(username) {
      const c = new Client(app);
      const res = await c.post('/api/auth/login', { username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`登录失败：${res.status} ${await res.text()}`);
      return c;
    },
    async close() {
      await store.close();
      await db.drop();
    },
  };
  return t;
}

/** Keeps the session cookie and the CSRF token like a browser and the web client do. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  origin = 'http://localhost';

  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request(method: string, url: string, init: { body?: string | Uint8Array; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { Host: 'localhost', ...init.headers };
    if (this.cookie) headers.Cookie = this.cookie;
    if (method !== 'GET' && this.csrf && !('X-CSRF-Token' in headers)) headers['X-CSRF-Token'] = this.csrf;
    const res = await this.app.request(`http://localhost${url}`, { method, headers, ...(init.body !== undefined ? { body: init.body as any } : {}) });
    const set = res.headers.get('Set-Cookie');
    if (set) {
      const m = /gk_session=([^;]*)/.exec(set);
      if (m) this.cookie = m[1] ? `gk_session=${m[1]}` : null;
    }
    if (url === '/api/auth/login' && res.status === 200) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  async json<T = any>(url: string): Promise<T> {
    const res = await this.get(url);
    if (res.status !== 200) throw new Error(`GET ${url}：${res.status} ${await res.text()}`);
    return res.json() as Promise<T>;
  }

  post(url: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request('POST', url, { body: JSON.stringify(body ?? {}), headers: { 'Content-Type': 'application/json', ...headers } });
  }

  patch(url: string, body: unknown) {
    return this.request('PATCH', url, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  }

  /** Uploads one file into a new batch (or the given one); returns the per-file results. */
  async upload(name: string, bytes: Uint8Array, batch?: number): Promise<{ status: number; items: any[]; body: any; batch: number }> {
    const id = batch ?? ((await (await this.post('/api/uploads')).json()) as { id: number }).id;
    const res = await this.request('POST', `/api/uploads/${id}/files`, { body: bytes, headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) } });
    const body = (await res.json()) as { items?: any[] };
    return { status: res.status, items: body.items ?? [], body, batch: id };
  }
}

/** Uploads the five seeds (and the edited 洛龙区 2022 report) as an administrator; returns report ids by file name. */
export async function uploadSeeds(client: Client, withEdited = true): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const { batch } = await client.upload(SEED_NAMES[0]!, seed(SEED_NAMES[0]!));
  for (const name of SEED_NAMES.slice(1)) await client.upload(name, seed(name), batch);
  if (withEdited) await client.upload('luolong-commerce-2022.txt', luolong2022WithError(), batch);
  const items = (await client.json(`/api/uploads/${batch}`)).items as { name: string; reportId: number | null }[];
  for (const item of items) if (item.reportId !== null) ids.set(item.name, item.reportId);
  return ids;
}
