/** Ingest end to end on every dialect: originals by sha256, re-ingest changes nothing, failures kept apart, zip archives, reparse. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverage } from '../../src/corpus/coverage.js';
import { inlineParser } from '../../src/corpus/ingest/parser.js';
import { reparse } from '../../src/corpus/reparse.js';
import { corpusTotals } from '../../src/store/reports.js';
import { DIALECTS } from '../store/dialects.js';
import { HONGZE_2023, HONGZE_2024, ingestPaths, openTestCorpus, SAMPLES, type TestCorpus } from './helpers.js';

describe.each(DIALECTS)('ingest on %s', (dialect) => {
  let t: TestCorpus;
  let dir: string;
  beforeEach(async () => {
    t = await openTestCorpus(dialect);
    dir = mkdtempSync(path.join(tmpdir(), 'gongkai-ingest-'));
  });
  afterEach(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the sample folder, then says every file is already stored on a second run', async () => {
    const first = await ingestPaths(t.corpus, [SAMPLES]);
    // Five reports and the folder's README, which is no report and is kept as a failure.
    expect(first).toMatchObject({ files: 6, added: 5, already: 0 });
    expect(first.failed.map((f) => path.basename(f.name))).toEqual(['README.md']);
    expect(first.findingsByRule.find((f) => f.rule === 'report/title')).toEqual({ rule: 'report/title', severity: 'warning', count: 1 });
    const second = await ingestPaths(t.corpus, [SAMPLES]);
    expect(second).toMatchObject({ files: 6, added: 0, already: 6, failed: [] });
    expect(await corpusTotals(t.corpus.store.db)).toEqual({ originals: 6, reports: 5, failures: 1 });
    const failure = await t.corpus.store.db.selectFrom('failures').selectAll().executeTakeFirstOrThrow();
    expect(failure.error_code).toBe('not-a-report');
  });

  it('puts back the bytes of an original stored empty (as ingest with worker threads once did) when the file comes again', async () => {
    const file = path.join(SAMPLES, 'hotan-commerce-2023.txt');
    await ingestPaths(t.corpus, [file]);
    const db = t.corpus.store.db;
    await db.updateTable('originals').set({ content: new Uint8Array(0), size: 0 }).execute();
    const again = await ingestPaths(t.corpus, [file]);
    expect(again).toMatchObject({ added: 1, already: 0, failed: [] });
    const original = await db.selectFrom('originals').select(['size', 'content']).executeTakeFirstOrThrow();
    expect(original.size).toBe(readFileSync(file).byteLength);
    expect(Buffer.from(original.content).equals(readFileSync(file))).toBe(true);
    expect(await corpusTotals(db)).toEqual({ originals: 1, reports: 1, failures: 0 });
    // Whole again: a third run changes nothing.
    expect(await ingestPaths(t.corpus, [file])).toMatchObject({ added: 0, already: 1 });
  });

  it('reads reports inside zip archives, with GBK entry names decoded', async () => {
    const gbkName = new Uint8Array([0xc9, 0xcc, 0xce, 0xf1, 0xbe, 0xd6, 0x2e, 0x74, 0x78, 0x74]); // 商务局.txt in GBK
    const zip = zipSync({ 'a/suizhou.txt': readFileSync(path.join(SAMPLES, 'suizhou-commerce-2023.txt')), [String.fromCharCode(...gbkName)]: readFileSync(path.join(SAMPLES, 'hotan-commerce-2023.txt')), 'empty/': strToU8('') });
    writeFileSync(path.join(dir, 'batch.zip'), zip);
    const summary = await ingestPaths(t.corpus, [path.join(dir, 'batch.zip')]);
    expect(summary.added).toBe(2);
    const names = (await t.corpus.store.db.selectFrom('reports').select('file').execute()).map((r) => r.file);
    expect(names).toContain(`${path.join(dir, 'batch.zip')}!/商务局.txt`);
    expect(names).toContain(`${path.join(dir, 'batch.zip')}!/a/suizhou.txt`);
  });

  it('matches 淮安市洪泽区人民政府 (2024) and 洪泽区人民政府 (2023) to one unit, shown in coverage', async () => {
    if (!HONGZE_2023 || !HONGZE_2024) return console.warn('[skip] shared corpus absent');
    await ingestPaths(t.corpus, [HONGZE_2024, HONGZE_2023]);
    const rows = await t.corpus.store.db.selectFrom('reports').select(['unit_id', 'year', 'match_kind', 'agency']).orderBy('year').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.unit_id).toBe(rows[1]!.unit_id);
    expect(rows.map((r) => r.match_kind)).toEqual(['alias', 'new']);
    const hongze = t.corpus.regions.get('320813')!;
    const cov = await coverage(t.corpus, hongze, 2023);
    expect(cov.entries).toHaveLength(1);
    expect(cov.entries[0]).toMatchObject({ unitName: '淮安市洪泽区人民政府', kind: 'government', status: 'undated', errors: 2 });
    const missing = await coverage(t.corpus, hongze, 2022);
    expect(missing.entries[0]).toMatchObject({ status: 'missing', reportId: null });
  });

  it('reparse reads every original again with a new parser version, and only stale ones', async () => {
    await ingestPaths(t.corpus, [SAMPLES], 'test@1');
    const s = await reparse(t.corpus, { parser: inlineParser(), parserVersion: 'test@2', all: false, autoCreateUnits: true });
    expect(s).toMatchObject({ originals: 6, reparsed: 6, failures: 1, nowReadable: 0, nowFailed: 0 });
    const versions = await t.corpus.store.db.selectFrom('reports').select('parser_version').distinct().execute();
    expect(versions).toEqual([{ parser_version: 'test@2' }]);
    const again = await reparse(t.corpus, { parser: inlineParser(), parserVersion: 'test@2', all: false, autoCreateUnits: true });
    expect(again.reparsed).toBe(0);
    expect(await corpusTotals(t.corpus.store.db)).toEqual({ originals: 6, reports: 5, failures: 1 });
  });
});
