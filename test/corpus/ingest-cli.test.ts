/**
 * `gongkai ingest` with worker threads (the built CLI, as kill.test.ts runs it): every original is
 * stored byte for byte — handing a file to a worker once emptied the caller's copy, and originals
 * were stored as 0 bytes — and reports are written in file order whatever order the workers finish in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticReportText } from '../../src/bench/corpus-synth.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { createTestDb, DIALECTS } from '../store/dialects.js';

const BIN = path.join(REPO_ROOT, 'bin/gongkai.js');
const FILES = 40;

let dir: string;
beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli/main.js'))) spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  dir = mkdtempSync(path.join(tmpdir(), 'gongkai-cli-'));
  mkdirSync(path.join(dir, 'reports'));
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, 'reports', `${String(i).padStart(3, '0')}.txt`), syntheticReportText(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DIALECTS)('gongkai ingest with workers on %s', (dialect) => {
  it('stores every original byte for byte and writes the reports in file order', { timeout: 120_000 }, async () => {
    const testDb = createTestDb(dialect);
    const env = { ...process.env };
    delete env.GONGKAI_DB;
    try {
      const run = spawnSync(process.execPath, [BIN, 'ingest', '--db', testDb.target, '--jobs', '2', path.join(dir, 'reports')], { env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`新增 ${FILES} 份报告`);
      const store = await testDb.open();
      try {
        const originals = await store.db.selectFrom('originals').select(['first_name', 'size', 'content']).execute();
        expect(originals).toHaveLength(FILES);
        for (const o of originals) {
          const bytes = readFileSync(o.first_name);
          expect(o.size, o.first_name).toBe(bytes.byteLength);
          expect(Buffer.from(o.content).equals(bytes), o.first_name).toBe(true);
        }
        const files = (await store.db.selectFrom('reports').select('file').orderBy('id').execute()).map((r) => path.basename(r.file));
        expect(files).toEqual(Array.from({ length: FILES }, (_, i) => `${String(i).padStart(3, '0')}.txt`));
      } finally {
        await store.close();
      }
    } finally {
      await testDb.drop();
    }
  });
});
