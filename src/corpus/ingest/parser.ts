/** Where parsing runs: in this thread (tests, tiny batches) or in a bounded pool of worker threads. */
import { Worker } from 'node:worker_threads';
import { errorReport } from '../../core/parse.js';
import type { Report } from '../../model/report.js';
import type { ParsedFile } from '../prepared.js';
import { parseAndPrepare, parseOne } from './parse-one.js';

export interface ReportParser {
  /** Files parsed at once. */
  readonly concurrency: number;
  parse(bytes: Uint8Array, name: string, sha256: string): Promise<Report>;
  /** The report with what the writer stores (JSON, cells, bands), computed where the parsing runs. */
  parseFile?(bytes: Uint8Array, name: string, sha256: string): Promise<ParsedFile>;
  close(): Promise<void>;
}

export function inlineParser(): ReportParser {
  return {
    concurrency: 1,
    parse: (bytes, name) => parseOne(bytes, name),
    parseFile: (bytes, name) => parseAndPrepare(bytes, name),
    close: async () => undefined,
  };
}

interface Task {
  bytes: Uint8Array;
  name: string;
  sha256: string;
  resolve(parsed: ParsedFile): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/** A file that takes longer than this is given up (a pathological PDF must not hold the batch). */
export const PARSE_TIMEOUT_MS = 120_000;

/**
 * `jobs` workers, each parsing one file at a time; a worker that crashes or hangs is replaced and
 * its file becomes a failure with the reason.
 */
export function workerParser(jobs: number, timeoutMs = PARSE_TIMEOUT_MS): ReportParser {
  const script = new URL('./parse-worker.js', import.meta.url);
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script), task: null, timer: null };
    slot.worker.on('message', (parsed: ParsedFile) => finish(slot, parsed));
    slot.worker.on('error', (error) => fail(slot, 'internal-error', `读取时出现内部错误：${error.message}`));
    slot.worker.on('exit', (code) => {
      if (!closed && code !== 0) fail(slot, 'internal-error', `读取进程意外退出（代码 ${code}）。`);
    });
    slot.worker.unref();
    return slot;
  };

  const finish = (slot: Slot, parsed: ParsedFile): void => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task?.resolve(parsed);
    pump();
  };

  const fail = (slot: Slot, code: string, message: string): void => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0 && !closed) slots[index] = spawn();
    if (task) task.resolve({ report: errorReport(task.name, null, task.sha256, code, message) });
    pump();
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => fail(slot, 'timeout', `读取超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已跳过。`), timeoutMs);
      slot.worker.ref();
      // Transfer a private copy: the caller keeps its bytes to store the original. (Buffer#slice shares
      // memory, and transferring its buffer emptied the caller's bytes: originals were stored as 0 bytes.)
      const copy = new Uint8Array(task.bytes);
      slot.worker.postMessage({ bytes: copy, name: task.name }, [copy.buffer]);
    }
    for (const slot of slots) if (!slot.task) slot.worker.unref();
  };

  for (let i = 0; i < Math.max(1, jobs); i++) slots.push(spawn());

  const parseFile = (bytes: Uint8Array, name: string, sha256: string): Promise<ParsedFile> =>
    new Promise<ParsedFile>((resolve) => {
      queue.push({ bytes, name, sha256, resolve });
      pump();
    });

  return {
    concurrency: slots.length,
    // A worker sends a report's head and its JSON: the whole report is that JSON read back.
    parse: async (bytes, name, sha256) => {
      const parsed = await parseFile(bytes, name, sha256);
      return parsed.prepared ? (JSON.parse(parsed.prepared.json) as Report) : parsed.report;
    },
    parseFile,
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
