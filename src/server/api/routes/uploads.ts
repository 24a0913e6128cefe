/** Uploads: a batch, then each file (raw body, its name in X-File-Name) with its own result; the failed files of one's uploads. */
import type { Context } from 'hono';
import { createUpload, failedItems, recentUploads, uploadById, uploadItems } from '../../../store/web-uploads.js';
import { webDb } from '../../../store/web-schema.js';
import { requireUser, scopeOf } from '../../auth/access.js';
import { audit } from '../../audit.js';
import type { AppEnv } from '../../deps.js';
import { ApiError } from '../../errors.js';
import { readLimitedBody } from '../../upload/body.js';
import { ingestUpload } from '../../upload/ingest-upload.js';
import type { Mutex } from '../../upload/mutex.js';
import { idParam } from '../params.js';
import { defineRoutes } from '../route.js';
import { arrayOf, S } from '../schemas.js';

async function ownBatch(c: Context<AppEnv>) {
  const user = requireUser(c);
  const batch = await uploadById(webDb(c.var.deps.corpus.store.db), idParam(c));
  if (!batch) throw new ApiError('upload-not-found');
  if (batch.user_id !== user.id && user.role !== 'admin') throw new ApiError('forbidden', '这不是您的上传批次。');
  return batch;
}

function fileName(c: Context<AppEnv>): string {
  const raw = c.req.header('X-File-Name');
  if (!raw) throw new ApiError('missing-file-name');
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw new ApiError('missing-file-name', '文件名编码不正确（X-File-Name 应经 encodeURIComponent 编码）。');
  }
  // Only the base name is kept: a path in the name says nothing the server should act on.
  name = name.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? '';
  name = name.replace(/[\u0000-\u001f]/g, '').slice(0, 200);
  if (name === '') throw new ApiError('missing-file-name');
  return name;
}

export const uploadRoutes = (mutex: Mutex) =>
  defineRoutes([
    {
      method: 'post',
      path: '/api/uploads',
      tag: '上传',
      summary: '开始一批上传',
      access: 'user',
      response: { contentType: 'application/json', schema: { type: 'object', properties: { id: S.int, limits: { type: 'object' } } }, description: '新批次' },
      handler: async (c) => {
        const user = requireUser(c);
        const { deps } = c.var;
        const id = await createUpload(webDb(deps.corpus.store.db), user.id, deps.clock().toISOString());
        return c.json({ id, limits: { maxFileBytes: deps.limits.maxFileBytes, maxFilesPerBatch: deps.limits.maxFilesPerBatch } }, 201);
      },
    },
    {
      method: 'post',
      path: '/api/uploads/:id/files',
      tag: '上传',
      summary: '上传一个文件（或 ZIP 压缩包）',
      description:
        '请求体为文件原始内容（Content-Type: application/octet-stream），文件名经 encodeURIComponent 编码放在请求头 X-File-Name。' +
        '文件类型按内容判断（TXT、Markdown、HTML、DOCX、DOC、PDF；ZIP 压缩包逐个展开）。返回每个文件的结果：added 新增报告、duplicate 已入库、failed 未能读取（原件已保存）、rejected 被拒收（未保存）。' +
        '一个文件的失败不影响其他文件。',
      access: 'user',
      params: [
        { name: 'id', in: 'path', required: true, description: '批次编号', schema: S.int },
        { name: 'X-File-Name', in: 'header', required: true, description: '文件名（encodeURIComponent 编码）', schema: S.str },
      ],
      body: { contentType: 'application/octet-stream', schema: { type: 'string', format: 'binary' } },
      response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf(S.ref('UploadItem')) } }, description: '各文件的结果' },
      errors: ['file-too-large', 'too-many-files', 'missing-file-name', 'upload-not-found'],
      handler: async (c) => {
        const batch = await ownBatch(c);
        const name = fileName(c);
        const { deps } = c.var;
        const bytes = await readLimitedBody(c, deps.limits.maxFileBytes);
        const scope = scopeOf(c);
        const items = await mutex.run(async () => {
          await deps.corpus.reload();
          return ingestUpload(deps, scope, batch.id, name, bytes);
        });
        const counts: Record<string, number> = {};
        for (const item of items) counts[item.status] = (counts[item.status] ?? 0) + 1;
        await audit(c, 'upload', name, { batch: batch.id, size: bytes.length, ...counts });
        return c.json({ items });
      },
    },
    {
      method: 'get',
      path: '/api/uploads/:id',
      tag: '上传',
      summary: '一批上传的全部结果',
      access: 'user',
      params: [{ name: 'id', in: 'path', required: true, description: '批次编号', schema: S.int }],
      response: { contentType: 'application/json', schema: { type: 'object', properties: { id: S.int, items: arrayOf({ type: 'object' }) } }, description: '批次' },
      errors: ['upload-not-found'],
      handler: async (c) => {
        const batch = await ownBatch(c);
        const items = await uploadItems(webDb(c.var.deps.corpus.store.db), batch.id);
        return c.json({ id: batch.id, createdAt: batch.created_at, items: items.map((i) => ({ name: i.name, size: i.size, sha256: i.sha256, status: i.status, reportId: i.report_id, message: i.message, at: i.at })) });
      },
    },
    {
      method: 'get',
      path: '/api/uploads',
      tag: '上传',
      summary: '最近的上传批次（管理员看到全部）',
      access: 'user',
      response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }) } }, description: '批次及各状态的文件数' },
      handler: async (c) => {
        const user = requireUser(c);
        return c.json({ items: await recentUploads(webDb(c.var.deps.corpus.store.db), user.role === 'admin' ? null : user.id, 30) });
      },
    },
    {
      method: 'get',
      path: '/api/failures',
      tag: '上传',
      summary: '未能读取或被拒收的文件及原因（管理员看到全部，其他人只看到自己上传的）',
      access: 'user',
      response: { contentType: 'application/json', schema: { type: 'object', properties: { items: arrayOf({ type: 'object' }) } }, description: '失败的文件' },
      handler: async (c) => {
        const user = requireUser(c);
        const rows = await failedItems(webDb(c.var.deps.corpus.store.db), user.role === 'admin' ? null : user.id, 500);
        return c.json({ items: rows.map((r) => ({ id: r.id, uploadId: r.upload_id, name: r.name, size: r.size, sha256: r.sha256, status: r.status, message: r.message, at: r.at, username: r.username })) });
      },
    },
  ]);
