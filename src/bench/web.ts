/**
 * Web load test (bounded, loopback): starts `gongkai serve` on a temporary SQLite database with the
 * demo data, signs in, and drives the report page and coverage endpoints with autocannon; prints
 * throughput and latency percentiles per endpoint. A script, not a timed test.
 *
 *   npm run build && node dist/bench/web.js [--seconds 10] [--connections 10] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../server/node.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  throughput: { average: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, json: { type: 'boolean' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PASSWORD = 'bench-admin-password';

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-bench-web-'));
const server = await startServer({ db: path.join(dir, 'bench.db'), port: 0, host: '127.0.0.1', demo: true, env: { GONGKAI_ADMIN_PASSWORD: PASSWORD }, print: () => undefined });
const base = `http://127.0.0.1:${server.port}`;

try {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  const cookie = /gk_session=[^;]+/.exec(login.headers.get('Set-Cookie') ?? '')?.[0];
  if (!login.ok || !cookie) throw new Error(`登录失败：${login.status}`);
  const headers = { Cookie: cookie };
  const get = async (url: string) => (await fetch(`${base}${url}`, { headers })).json() as Promise<any>;

  // A demo report with findings (the page with the most work: form, findings, anchors) and the demo city.
  const withErrors = (await get('/api/reports?errors=1&limit=1')).items[0];
  const targets = [
    { name: '报告页 GET /api/reports/:id', url: `/api/reports/${withErrors.id}` },
    { name: '公开情况 GET /api/regions/990100/coverage（16 个单位 × 5 年）', url: '/api/regions/990100/coverage' },
    { name: '报告列表 GET /api/reports?limit=50', url: '/api/reports?limit=50' },
  ];
  const rows: { endpoint: string; requestsPerSecond: number; p50: number; p90: number; p99: number; max: number; total: number; failures: number }[] = [];
  for (const target of targets) {
    await get(target.url); // warm the source cache and the statement cache
    const r = await autocannon({ url: `${base}${target.url}`, headers, connections: CONNECTIONS, duration: SECONDS });
    rows.push({ endpoint: target.name, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, total: r.requests.total, failures: r.errors + r.timeouts + r.non2xx });
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, node: process.version, rows }, null, 2)}\n`);
  else {
    process.stdout.write(`Gongkai 网页接口负载测试：本机回环，SQLite，示范数据，${CONNECTIONS} 个并发连接，每项 ${SECONDS} 秒（Node ${process.version}）\n\n`);
    for (const r of rows) {
      process.stdout.write(`${r.endpoint}\n  吞吐 ${r.requestsPerSecond} 次/秒（共 ${r.total} 次，失败 ${r.failures}）  延迟 p50 ${r.p50} ms · p90 ${r.p90} ms · p99 ${r.p99} ms · 最大 ${r.max} ms\n`);
    }
  }
  if (rows.some((r) => r.failures > 0)) process.exitCode = 1;
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
