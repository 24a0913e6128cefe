/** Parses and checks one file; never throws, so one bad file cannot stop a batch. */
import { createHash } from 'node:crypto';
import { errorReport, parseReport } from '../../core/parse.js';
import type { Report } from '../../model/report.js';
import { preparedFile, type ParsedFile } from '../prepared.js';

export async function parseOne(bytes: Uint8Array, name: string): Promise<Report> {
  try {
    return (await parseReport(bytes, name, { check: true })).report;
  } catch (error) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    return errorReport(name, null, sha, 'internal-error', `读取时出现内部错误：${(error as Error).message}`);
  }
}

/** parseOne, plus what the writer stores (JSON, cells, bands), so that work happens where the parsing does. */
export async function parseAndPrepare(bytes: Uint8Array, name: string): Promise<ParsedFile> {
  const report = await parseOne(bytes, name);
  try {
    return preparedFile(report);
  } catch {
    // The writer computes them itself from the report (and records the failure if that fails too).
    return { report };
  }
}
