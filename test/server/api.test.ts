/** The REST API as a whole: documented in /openapi.json route for route, errors as JSON with Chinese messages, security headers, and no bad input that brings it down. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/server/errors.js';
import { createTestApp, uploadSeeds, type Client, type TestApp } from './helpers.js';

describe('the REST API', () => {
  let t: TestApp;
  let admin: Client;
  let doc: any;
  beforeAll(async () => {
    t = await createTestApp();
    await t.addUser('admin', 'admin');
    admin = await t.signIn('admin');
    await uploadSeeds(admin, false);
    doc = await (await t.app.request('/openapi.json')).json();
  });
  afterAll(() => t?.close());

  it('documents every API route it serves, and serves every route it documents', () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/docs' && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`)));
    expect([...documented].sort()).toEqual([...served].sort());
    expect(documented.size).toBeGreaterThan(30);
    expect(doc.openapi).toBe('3.0.3');
    for (const [path, ops] of Object.entries(doc.paths) as [string, Record<string, any>][]) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.summary, `${method} ${path}`).toMatch(/[\u4e00-\u9fff]/);
        expect(Object.keys(op.responses).some((s) => s.startsWith('2')), `${method} ${path}`).toBe(true);
      }
    }
  });

  it('lists every error code with its status and Chinese message', () => {
    expect(Object.keys(doc['x-error-codes']).sort()).toEqual(Object.keys(ERRORS).sort());
    for (const e of Object.values(doc['x-error-codes']) as { status: number; message: string }[]) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has a readable documentation page without scripts', async () => {
    const res = await t.app.request('/api/docs');
    const html = await res.text();
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(html).toContain('<code>/api/reports/{id}</code>');
    expect(html).toContain('报告页：按官方样式排布的表格');
    expect(html).not.toContain('<script');
  });

  it('answers unknown routes, bad JSON and bad parameters with JSON errors', async () => {
    expect(await (await admin.get('/api/nothing-here')).json() as any).toEqual({ error: { code: 'not-found', message: '没有找到请求的内容。' } });
    const bad = await admin.request('POST', '/api/users', { body: '{"username":', headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(await bad.json() as any).toEqual({ error: { code: 'invalid-json', message: '请求内容不是有效的 JSON。' } });
    const form = await admin.request('POST', '/api/users', { body: 'username=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect((await form.json() as any).error.code).toBe('bad-request');
    expect((await (await admin.get('/api/regions/410000/coverage?from=2024&to=2020')).json() as any).error).toEqual({ code: 'invalid-parameter', message: '起始年度不能晚于截止年度。' });
    expect((await (await admin.get('/api/reports?year=abc')).json() as any).error.message).toBe('参数 year 应为 2000 到 2100 之间的整数。');
  });

  it('never answers 500 to garbage sent to any route', async () => {
    const garbage = ['{"unitId":"x","year":-5}', '[]', 'null', '{"username":{"$ne":1},"password":[1]}', '{"role":"root","regionId":"../../"}', '\u0000\u0001'];
    for (const [path, ops] of Object.entries(doc.paths) as [string, Record<string, any>][]) {
      for (const method of Object.keys(ops)) {
        for (const id of ['0', 'x', '99999999', '%00', '..%2F..']) {
          const url = path.replace(/\{[^}]+\}/g, id);
          const bodies = method === 'get' ? [undefined] : garbage;
          for (const body of bodies) {
            const res = await admin.request(method.toUpperCase(), url, body === undefined ? {} : { body, headers: { 'Content-Type': 'application/json', 'X-File-Name': 'a.txt' } });
            expect(res.status, `${method} ${url} ${body}`).toBeLessThan(500);
            if (res.headers.get('Content-Type')?.includes('json') && res.status >= 400) expect((await res.json() as any).error.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
    }
  });

  it('sends a strict Content Security Policy and no-sniff headers with every page', async () => {
    const page = await t.app.request('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="/static/js/main.js"></script>');
    const csp = page.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.headers.get('X-Frame-Options')).toBe('DENY');
    expect((await admin.get('/api/reports')).headers.get('Cache-Control')).toBe('no-store');
  });

  it('serves the client and ECharts locally, and nothing outside the static folder', async () => {
    const js = await t.app.request('/static/js/main.js');
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    const echarts = await t.app.request('/vendor/echarts.min.js');
    expect(echarts.status).toBe(200);
    expect((await echarts.text()).length).toBeGreaterThan(500_000);
    for (const path of ['/static/../package.json', '/static/%2e%2e/%2e%2e/package.json', '/static/js/../../../server/app.ts', '/static/.hidden', '/static/%E0%A4%A']) {
      expect((await t.app.request(path)).status, path).toBe(404);
    }
  });

  it('answers 500 as JSON, without the stack, when the database itself fails — and logs the stack', async () => {
    const broken = await createTestApp();
    await broken.addUser('admin', 'admin');
    const c = await broken.signIn('admin');
    await broken.corpus.store.close();
    const res = await c.get('/api/reports');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'internal-error', message: '服务器内部错误，请稍后重试；如反复出现，请联系管理员。' } });
    expect(broken.logs).toHaveLength(1);
    expect(broken.logs[0]).toMatch(/^内部错误 GET \/api\/reports：Error: driver has already been destroyed\n\s+at /);
  });
});
