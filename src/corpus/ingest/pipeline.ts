/**
 * The ingest batch: load each source, skip bytes already stored, parse the rest in parallel (bounded),
 * and write the results in file order a group at a time, each group in one transaction — a killed
 * process leaves no half-written report, and running the same command again completes the batch.
 */
import { createHash } from 'node:crypto';
import { countsByRule } from '../../store/findings.js';
import { readHashes } from '../../store/originals.js';
import { ingestTransaction, refreshStatistics } from '../../store/write-session.js';
import type { Corpus } from '../context.js';
import type { ParsedFile } from '../prepared.js';
import { storeGroup } from '../store-group.js';
import type { StoreInput, StoreResult } from '../store-report.js';
import type { ReportParser } from './parser.js';
import type { ProgressCounts, ProgressSink } from './progress.js';
import type { SourceFile, Unreadable } from './sources.js';

export interface IngestOptions {
  parser: ReportParser;
  parserVersion: string;
  /** Create a unit for an agency that matches none (when its region is clear); otherwise it waits as pending. */
  autoCreateUnits: boolean;
  progress?: ProgressSink;
  /** Results written per transaction. */
  batchSize?: number;
}

export interface IngestSummary {
  /** Files found (archive entries count one each), including those that could not be opened. */
  files: number;
  read: number;
  added: number;
  already: number;
  failed: Unreadable[];
  newUnits: number;
  pending: number;
  reportIds: number[];
  /** rule → severity and count, over the findings of the reports added now (parse and corpus). */
  findingsByRule: { rule: string; severity: string; count: number }[];
}

type Parsed = ParsedFile & {
  source: SourceFile;
  bytes: Uint8Array;
};

/** Groups written or waiting to be: past this the reading waits, so a slow database bounds memory instead of filling it. */
const MAX_PENDING_GROUPS = 2;

export async function ingest(corpus: Corpus, sources: readonly SourceFile[], unreadable: readonly Unreadable[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { files: sources.length + unreadable.length, read: 0, added: 0, already: 0, failed: [...unreadable], newUnits: 0, pending: 0, reportIds: [], findingsByRule: [] };
  const counts: ProgressCounts = { done: 0, total: sources.length, added: 0, already: 0, failed: unreadable.length };
  // Hashes already read, plus those of this batch (the same bytes twice in one batch are stored once).
  const seen = await readHashes(corpus.store.db);
  const batchSize = options.batchSize ?? 25;
  const tick = (name?: string) => options.progress?.update({ ...counts, failed: summary.failed.length }, name);

  const record = (parsed: Parsed, result: StoreResult | null, error?: string): void => {
    counts.done++;
    if (error) summary.failed.push({ name: parsed.source.name, message: `写入数据库失败：${error}` });
    else if (result?.status === 'failed') summary.failed.push({ name: parsed.source.name, message: parsed.report.error?.message ?? '无法读取' });
    else if (result) {
      summary.added++;
      counts.added++;
      summary.reportIds.push(result.reportId!);
      if (result.match?.kind === 'new') summary.newUnits++;
      if (result.match?.kind === 'pending' || result.match?.kind === 'none') summary.pending++;
    }
    tick(parsed.source.name);
  };

  // The planner's statistics are refreshed as this ingest multiplies the tables (at 200, 400, 800 … reports).
  let analyzeAt = 200;
  const writeGroup = async (group: Parsed[]): Promise<void> => {
    try {
      const results = await corpus.store.db.transaction().execute(async (trx) => {
        await ingestTransaction(trx, corpus.store.dialect);
        const inputs = group.map((p) => storeInputOf(p, { bytes: p.bytes, file: p.source.name, parserVersion: options.parserVersion, autoCreateUnits: options.autoCreateUnits }));
        // SQLite runs synchronously: between reports, finished parses come in and new files go out to the workers.
        return storeGroup(trx, corpus, inputs, { between: () => new Promise((resolve) => setImmediate(resolve)) });
      });
      group.forEach((p, i) => record(p, results[i]!));
      if (summary.added >= analyzeAt) {
        analyzeAt *= 2;
        await refreshStatistics(corpus.store.db, corpus.store.dialect);
      }
    } catch (error) {
      await corpus.reload();
      if (group.length === 1) return record(group[0]!, null, (error as Error).message);
      // One bad write must not take its group down: write them one by one to find it.
      for (const p of group) await writeGroup([p]);
    }
  };

  // Parses finish in any order; they are written in file order, so ids and every "first stored" choice are the same run after run.
  const finished = new Map<number, Parsed>();
  const queue: Parsed[] = [];
  let nextToWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const pendingGroups: Promise<void>[] = [];
  const drain = (force: boolean): void => {
    while (finished.has(nextToWrite)) {
      queue.push(finished.get(nextToWrite)!);
      finished.delete(nextToWrite++);
    }
    while (queue.length > 0 && (force || queue.length >= batchSize)) {
      const group = queue.splice(0, batchSize);
      writing = writing.then(() => writeGroup(group));
      // Settles either way (a failure surfaces from `writing` at the end), so waiting on it never throws unhandled.
      const done: Promise<void> = writing.then(settle, settle).then(() => void pendingGroups.splice(pendingGroups.indexOf(done), 1));
      pendingGroups.push(done);
    }
  };

  // Files handed to the parser ahead of the writer: a group's worth, so the workers never wait for the writer to ask.
  const limit = Math.max(2, options.parser.concurrency * 2, batchSize);
  // Parsed but not yet written: a slow file at the head holds the others back, this many at most.
  const window = Math.max(limit, batchSize * 3);
  const inFlight = new Set<Promise<void>>();
  let index = 0;
  for (const source of sources) {
    while (inFlight.size >= limit || (inFlight.size > 0 && inFlight.size + finished.size >= window)) await Promise.race(inFlight);
    while (pendingGroups.length > MAX_PENDING_GROUPS) await pendingGroups[0];
    summary.read++;
    let bytes: Uint8Array;
    try {
      bytes = await source.load();
    } catch (error) {
      summary.failed.push({ name: source.name, message: `无法读取：${(error as Error).message}` });
      counts.done++;
      tick(source.name);
      continue;
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(sha)) {
      summary.already++;
      counts.already++;
      counts.done++;
      tick(source.name);
      continue;
    }
    seen.add(sha);
    const position = index++;
    const parsing: Promise<ParsedFile> = options.parser.parseFile
      ? options.parser.parseFile(bytes, source.name, sha)
      : options.parser.parse(bytes, source.name, sha).then((report) => ({ report }));
    const job = parsing.then((parsed) => {
      finished.set(position, { ...parsed, source, bytes });
      drain(false);
    });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  drain(true);
  await writing;
  options.progress?.end();

  const byRule = await countsByRule(corpus.store.db, summary.reportIds);
  summary.findingsByRule = [...byRule.entries()]
    .map(([key, v]) => ({ rule: key.split('\u0000')[0]!, severity: v.severity, count: v.n }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || a.rule.localeCompare(b.rule));
  return summary;
}

const settle = (): void => undefined;

type InputRest = { bytes: Uint8Array; file: string; parserVersion: string; autoCreateUnits: boolean };

/** The report and its prepared parts, keeping the pairing the type promises (a head always comes prepared). */
const storeInputOf = (p: ParsedFile, rest: InputRest): StoreInput => (p.prepared ? { ...rest, report: p.report, prepared: p.prepared } : { ...rest, report: p.report });

const severityRank = (s: string): number => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
