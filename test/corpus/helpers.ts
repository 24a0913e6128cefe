/** Test helpers for the corpus: a fresh corpus per dialect, ingest of files in this thread, and parsed sample reports. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/core/parse.js';
import { openCorpus, type Corpus } from '../../src/corpus/context.js';
import { inlineParser } from '../../src/corpus/ingest/parser.js';
import { ingest, type IngestSummary } from '../../src/corpus/ingest/pipeline.js';
import { collectSources } from '../../src/corpus/ingest/sources.js';
import { storeParsed } from '../../src/corpus/store-report.js';
import type { Report } from '../../src/model/report.js';
import type { DialectName } from '../../src/store/open.js';
import { REPO_ROOT, SHARED_DIR } from '../helpers/shared.js';
import { createTestDb, type TestDb } from '../store/dialects.js';

export const SAMPLES = path.join(REPO_ROOT, 'samples');
export const HONGZE_2023 = SHARED_DIR ? path.join(SHARED_DIR, 'corpus/hongze-2023-pdftotext/source.txt') : null;
export const HONGZE_2024 = SHARED_DIR ? path.join(SHARED_DIR, 'corpus/hongze-2024-pdftotext/source.txt') : null;

export interface TestCorpus {
  corpus: Corpus;
  db: TestDb;
  close(): Promise<void>;
}

export async function openTestCorpus(dialect: DialectName): Promise<TestCorpus> {
  const db = createTestDb(dialect);
  const store = await db.open();
  const corpus = await openCorpus(store);
  return {
    corpus,
    db,
    async close() {
      await store.close();
      await db.drop();
    },
  };
}

export async function ingestPaths(corpus: Corpus, paths: string[], parserVersion = 'test@1', autoCreateUnits = true): Promise<IngestSummary> {
  const { sources, unreadable } = await collectSources(paths);
  return ingest(corpus, sources, unreadable, { parser: inlineParser(), parserVersion, autoCreateUnits, batchSize: 3 });
}

export async function parsedFile(file: string): Promise<Report> {
  return (await parseReport(readFileSync(file), file, { check: true })).report;
}

/** Stores a (possibly edited) report as if ingested; a new sha256 stands for edited bytes. */
export async function storeReport(corpus: Corpus, report: Report, sha256: string): Promise<number> {
  const r = { ...report, source: { ...report.source, sha256 } };
  const result = await corpus.store.db.transaction().execute((trx) => storeParsed(trx, corpus, { report: r, bytes: new TextEncoder().encode(sha256), file: r.source.file, parserVersion: 'test@1', autoCreateUnits: true }));
  return result.reportId!;
}

export const sha = (n: number): string => n.toString(16).padStart(64, '0');

export async function corpusFindings(corpus: Corpus, reportId: number, rule?: string) {
  let q = corpus.store.db.selectFrom('findings').selectAll().where('report_id', '=', reportId).where('origin', '=', 'corpus');
  if (rule) q = q.where('rule', '=', rule);
  return q.orderBy('id').execute();
}
