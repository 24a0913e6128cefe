/**
 * The ingest batch: load each source, skip bytes already stored, parse the rest in parallel (bounded),
 * and write the results a few at a time, each group in one transaction — a killed process leaves no
 * half-written report, and running the same command again completes the batch.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../model/report.js';
import { countsByRule } from '../../store/findings.js';
import { readHashes } from '../../store/originals.js';
import type { Corpus } from '../context.js';
import { storeParsed, type StoreResult } from '../store-report.js';
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

interface Parsed {
  source: SourceFile;
  bytes: Uint8Array;
  report: Report;
}

export async function ingest(corpus: Corpus, sources: readonly SourceFile[], unreadable: readonly Unreadable[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { files: sources.length + unreadable.length, read: 0, added: 0, already: 0, failed: [...unreadable], newUnits: 0, pending: 0, reportIds: [], findingsByRule: [] };
  const counts: ProgressCounts = { done: 0, total: sources.length, added: 0, already: 0, failed: unreadable.length };
  // Hashes already read, plus those of this batch (the same bytes twice in one batch are stored once).
  const seen = await readHashes(corpus.store.db);
  const queue: Parsed[] = [];
  let writing: Promise<void> = Promise.resolve();
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

  const writeGroup = async (group: Parsed[]): Promise<void> => {
    try {
      const results = await corpus.store.db.transaction().execute(async (trx) => {
        const out: StoreResult[] = [];
        for (const p of group) out.push(await storeParsed(trx, corpus, { report: p.report, bytes: p.bytes, file: p.source.name, parserVersion: options.parserVersion, autoCreateUnits: options.autoCreateUnits }));
        return out;
      });
      group.forEach((p, i) => record(p, results[i]!));
    } catch (error) {
      await corpus.reload();
      if (group.length === 1) return record(group[0]!, null, (error as Error).message);
      // One bad write must not take its group down: write them one by one to find it.
      for (const p of group) await writeGroup([p]);
    }
  };

  const drain = (force: boolean): void => {
    if (queue.length === 0 || (!force && queue.length < batchSize)) return;
    const group = queue.splice(0, batchSize);
    writing = writing.then(() => writeGroup(group));
  };

  const limit = Math.max(2, options.parser.concurrency * 2);
  const inFlight = new Set<Promise<void>>();
  for (const source of sources) {
    while (inFlight.size >= limit) await Promise.race(inFlight);
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
    const job = options.parser.parse(bytes, source.name, sha).then((report) => {
      queue.push({ source, bytes, report });
      drain(false);
    });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // Keep writes flowing while parses are still running.
    if (queue.length >= batchSize) drain(false);
  }
  await Promise.all(inFlight);
  drain(true);
  while (queue.length > 0) drain(true);
  await writing;
  options.progress?.end();

  const byRule = await countsByRule(corpus.store.db, summary.reportIds);
  summary.findingsByRule = [...byRule.entries()]
    .map(([key, v]) => ({ rule: key.split('\u0000')[0]!, severity: v.severity, count: v.n }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || a.rule.localeCompare(b.rule));
  return summary;
}

const severityRank = (s: string): number => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
