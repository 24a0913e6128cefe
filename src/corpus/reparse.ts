/** `gongkai reparse`: reads the stored originals again with the current parser (after an upgrade), in transactions of a few files. */
import { getOriginal, listOriginals } from '../store/originals.js';
import { ingestTransaction } from '../store/write-session.js';
import type { Corpus } from './context.js';
import type { ReportParser } from './ingest/parser.js';
import type { ParsedFile } from './prepared.js';
import type { ProgressSink } from './ingest/progress.js';
import { storeParsed } from './store-report.js';

export interface ReparseOptions {
  parser: ReportParser;
  parserVersion: string;
  /** Reparse every original, not only those read by another parser version. */
  all: boolean;
  autoCreateUnits: boolean;
  progress?: ProgressSink;
}

export interface ReparseSummary {
  originals: number;
  reparsed: number;
  /** Failed before, a report now. */
  nowReadable: number;
  /** A report before, a failure now. */
  nowFailed: number;
  failures: number;
}

export async function reparse(corpus: Corpus, options: ReparseOptions): Promise<ReparseSummary> {
  const db = corpus.store.db;
  const summary: ReparseSummary = { originals: 0, reparsed: 0, nowReadable: 0, nowFailed: 0, failures: 0 };
  const total = (await db.selectFrom('originals').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
  let after = '';
  for (;;) {
    const page = await listOriginals(db, after, 100);
    if (page.length === 0) break;
    after = page[page.length - 1]!.sha256;
    const stale = page.filter((o) => options.all || (o.reportVersion ?? o.failureVersion) !== options.parserVersion);
    summary.originals += page.length - stale.length;
    const parsed = await Promise.all(
      stale.map(async (o) => {
        const original = (await getOriginal(db, o.sha256))!;
        const file = o.reportFile ?? o.failureFile ?? o.first_name;
        const parsed: ParsedFile = options.parser.parseFile ? await options.parser.parseFile(original.content, file, o.sha256) : { report: await options.parser.parse(original.content, file, o.sha256) };
        return { o, file, parsed };
      }),
    );
    for (const { o, file, parsed: one } of parsed) {
      let result;
      try {
        result = await db.transaction().execute(async (trx) => {
          await ingestTransaction(trx, corpus.store.dialect);
          return storeParsed(trx, corpus, { ...one, file, parserVersion: options.parserVersion, autoCreateUnits: options.autoCreateUnits });
        });
      } catch (error) {
        await corpus.reload();
        throw error;
      }
      summary.originals++;
      summary.reparsed++;
      if (result.status === 'failed') {
        summary.failures++;
        if (o.reportVersion !== null) summary.nowFailed++;
      } else if (o.failureVersion !== null) summary.nowReadable++;
      options.progress?.update({ done: summary.originals, total: Number(total), added: summary.reparsed, already: 0, failed: summary.failures }, file);
    }
  }
  options.progress?.end();
  return summary;
}
