/**
 * kill -9 in the middle of a batch: the CLI is killed with SIGKILL while it ingests, the database
 * must hold only whole reports, and running the same command again must complete the batch.
 * Runs the built CLI (npm test builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticReportText } from '../../src/bench/corpus-synth.js';
import type { Store } from '../../src/store/open.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { createTestDb, DIALECTS } from '../store/dialects.js';

const BIN = path.join(REPO_ROOT, 'bin/gongkai.js');
const FILES = 300;

let dir: string;
beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli/main.js'))) spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  dir = mkdtempSync(path.join(tmpdir(), 'gongkai-kill-'));
  mkdirSync(path.join(dir, 'reports'));
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, 'reports', `${String(i).padStart(4, '0')}.txt`), syntheticReportText(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.GONGKAI_DB;
  return e;
}

function runIngest(target: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', target, '--jobs', '2', path.join(dir, 'reports')], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('exit', (code) => resolve({ code, stdout }));
  });
}

async function count(store: Store, table: 'reports' | 'originals' | 'cells' | 'units'): Promise<number> {
  return Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

/** Every report is whole: its original, all its cells and parse findings, and a unit. */
async function expectConsistent(store: Store): Promise<void> {
  const reports = await store.db.selectFrom('reports').select(['id', 'sha256', 'cell_count', 'finding_count', 'unit_id']).execute();
  const cells = new Map((await store.db.selectFrom('cells').select(['report_id', (eb) => eb.fn.countAll().as('n')]).groupBy('report_id').execute()).map((r) => [r.report_id, Number(r.n)]));
  const findings = new Map(
    (await store.db.selectFrom('findings').select(['report_id', (eb) => eb.fn.countAll().as('n')]).where('origin', '=', 'parse').groupBy('report_id').execute()).map((r) => [r.report_id, Number(r.n)]),
  );
  const originals = new Set((await store.db.selectFrom('originals').select('sha256').execute()).map((o) => o.sha256));
  for (const r of reports) {
    expect(cells.get(r.id) ?? 0, `cells of report ${r.id}`).toBe(r.cell_count);
    expect(findings.get(r.id) ?? 0, `findings of report ${r.id}`).toBe(r.finding_count);
    expect(originals.has(r.sha256), `original of report ${r.id}`).toBe(true);
    expect(r.unit_id, `unit of report ${r.id}`).not.toBeNull();
  }
  expect(r0(reports.length, cells.size)).toBe(true);
  // No original without its report (every stored file here is a readable report).
  expect(originals.size).toBe(reports.length);
}

const r0 = (reports: number, withCells: number): boolean => withCells <= reports;

describe.each(DIALECTS)('kill -9 during ingest on %s', (dialect) => {
  it('leaves only whole reports, and a re-run completes the batch', { timeout: 180_000 }, async () => {
    const testDb = createTestDb(dialect);
    const watcher = await testDb.open();
    try {
      const child = spawn(process.execPath, [BIN, 'ingest', '--db', testDb.target, '--jobs', '2', path.join(dir, 'reports')], { env: env(), stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      let atKill = 0;
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        atKill = await count(watcher, 'reports').catch(() => 0);
        if (atKill >= 30) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const afterKill = await count(watcher, 'reports');
      expect(atKill).toBeGreaterThanOrEqual(30);
      expect(afterKill, 'the kill came in the middle of the batch').toBeLessThan(FILES);
      await expectConsistent(watcher);

      const rerun = await runIngest(testDb.target);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toContain(`共 ${FILES} 个文件：新增 ${FILES - afterKill} 份报告，已入库（未改动）${afterKill} 个，失败 0 个。`);
      expect(await count(watcher, 'reports')).toBe(FILES);
      await expectConsistent(watcher);

      const third = await runIngest(testDb.target);
      expect(third.stdout).toContain(`新增 0 份报告，已入库（未改动）${FILES} 个`);
      // 12 counties × 16 departments would be 192 units; the 300 synthetic reports cycle through them.
      expect(await count(watcher, 'units')).toBe(192);
    } finally {
      await watcher.close();
      await testDb.drop();
    }
  });
});
