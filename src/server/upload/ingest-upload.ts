/**
 * One uploaded file (or archive) into the corpus through the ingest pipeline, with a result per
 * file: added (with its unit, year and findings), duplicate (already stored), failed (kept as an
 * original with the reason, not a report), or rejected (refused before storing, with the reason).
 */
import { createHash } from 'node:crypto';
import { ingest } from '../../corpus/ingest/pipeline.js';
import { archiveEntries, type SourceFile } from '../../corpus/ingest/sources.js';
import { insertUploadItems, readingsBySha, uploadItems, type Reading } from '../../store/web-uploads.js';
import { reportPlace } from '../../store/web-reports.js';
import { webDb, type UploadItemStatus } from '../../store/web-schema.js';
import type { DataScope } from '../../store/web-scope.js';
import { canSeeReport } from '../auth/access.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { checkArchive, classifyUpload } from './classify.js';

export interface UploadResult {
  name: string;
  size: number;
  sha256: string | null;
  status: UploadItemStatus;
  reportId: number | null;
  unitName: string | null;
  year: number | null;
  errors: number;
  warnings: number;
  message: string | null;
}

interface Candidate {
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export async function ingestUpload(deps: AppDeps, scope: DataScope, uploadId: number, name: string, bytes: Uint8Array): Promise<UploadResult[]> {
  const db = webDb(deps.corpus.store.db);
  const now = deps.clock().toISOString();
  const results: UploadResult[] = [];
  const reject = (entryName: string, size: number, message: string, sha: string | null = null) =>
    results.push({ name: entryName, size, sha256: sha, status: 'rejected', reportId: null, unitName: null, year: null, errors: 0, warnings: 0, message });

  const candidates: Candidate[] = [];
  const take = (entryName: string, data: Uint8Array) => {
    const kind = classifyUpload(data, entryName);
    if (kind.kind === 'document') candidates.push({ name: entryName, bytes: data, sha256: sha256(data) });
    else reject(entryName, data.length, kind.kind === 'archive' ? '压缩包中的压缩包未能展开。' : kind.reason);
  };

  const kind = classifyUpload(bytes, name);
  if (kind.kind === 'rejected') reject(name, bytes.length, kind.reason);
  else if (kind.kind === 'document') take(name, bytes);
  else {
    const problem = checkArchive(bytes, { maxEntries: deps.limits.maxArchiveEntries, maxBytes: deps.limits.maxArchiveBytes, maxEntryBytes: deps.limits.maxFileBytes });
    if (problem) reject(name, bytes.length, problem);
    else {
      let entries: SourceFile[] = [];
      try {
        entries = archiveEntries(name, bytes);
      } catch (error) {
        reject(name, bytes.length, `压缩包无法打开：${(error as Error).message}`);
      }
      if (entries.length === 0 && results.length === 0) reject(name, bytes.length, '压缩包里没有文件。');
      for (const entry of entries) {
        try {
          take(entry.name, await entry.load());
        } catch (error) {
          reject(entry.name, 0, `无法解压：${(error as Error).message}`);
        }
      }
    }
  }

  const already = (await uploadItems(db, uploadId)).length;
  if (already + candidates.length + results.length > deps.limits.maxFilesPerBatch) {
    throw new ApiError('too-many-files', `一批最多上传 ${deps.limits.maxFilesPerBatch} 个文件（压缩包中的文件逐个计算）；请分批上传。`);
  }

  const before = await readingsBySha(db, candidates.map((c) => c.sha256));
  const fresh: Candidate[] = [];
  const inThisFile = new Set<string>();
  for (const c of candidates) {
    if (before.has(c.sha256) || inThisFile.has(c.sha256)) continue;
    inThisFile.add(c.sha256);
    fresh.push(c);
  }
  let failedByName = new Map<string, string>();
  if (fresh.length > 0) {
    const summary = await ingest(
      deps.corpus,
      fresh.map((c) => ({ name: c.name, load: async () => c.bytes })),
      [],
      { parser: deps.parser, parserVersion: deps.parserVersion, autoCreateUnits: true },
    );
    failedByName = new Map(summary.failed.map((f) => [f.name, f.message]));
  }
  const after = await readingsBySha(db, fresh.map((c) => c.sha256));
  const firstOfSha = new Map<string, string>();
  for (const c of candidates) {
    const earlier = before.get(c.sha256);
    const duplicateInFile = !earlier && firstOfSha.has(c.sha256);
    firstOfSha.set(c.sha256, firstOfSha.get(c.sha256) ?? c.name);
    const reading = earlier ?? after.get(c.sha256);
    results.push(await describe(deps, scope, c, reading, earlier !== undefined || duplicateInFile, failedByName.get(c.name), duplicateInFile ? firstOfSha.get(c.sha256)! : null));
  }

  await insertUploadItems(
    db,
    results.map((r) => ({ upload_id: uploadId, name: r.name, size: r.size, sha256: r.sha256, status: r.status, report_id: r.reportId, message: r.message, at: now })),
  );
  return results;
}

async function describe(deps: AppDeps, scope: DataScope, c: Candidate, reading: Reading | undefined, duplicate: boolean, writeFailure: string | undefined, sameAs: string | null): Promise<UploadResult> {
  const base = { name: c.name, size: c.bytes.length, sha256: c.sha256, reportId: null, unitName: null, year: null, errors: 0, warnings: 0 };
  if (!reading) return { ...base, status: 'failed', message: writeFailure ?? '未能写入数据库，原因不明；请重试。' };
  if (reading.failure) {
    const message = duplicate ? `此前已上传过同样内容的文件，当时未能读取：${reading.failure.message}` : reading.failure.message;
    return { ...base, status: duplicate ? 'duplicate' : 'failed', message };
  }
  const place = reading.reportId === null ? null : await reportPlace(webDb(deps.corpus.store.db), reading.reportId);
  const visible = place !== null && canSeeReport(scope, place);
  const unitName = place?.unitName ?? null;
  let message: string | null = null;
  if (duplicate) message = sameAs ? `与本次上传的“${sameAs}”内容相同。` : visible ? '报告库中已有同样内容的文件，未重复保存。' : '报告库中已有同样内容的文件（不在您的查看范围内），未重复保存。';
  else if (!place?.report.unit_id) message = `已保存，但未能确定所属单位（报告中的机关名称：${reading.agency ?? '无'}），需管理员确认。`;
  else if (!visible) message = `已保存，报告属于“${unitName}”，不在您的查看范围内。`;
  return {
    ...base,
    status: duplicate ? 'duplicate' : 'added',
    reportId: visible ? reading.reportId : null,
    unitName: visible ? unitName : null,
    year: reading.year,
    errors: visible ? reading.errors : 0,
    warnings: visible ? reading.warnings : 0,
    message,
  };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
