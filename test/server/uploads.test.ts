/** Uploads: per-file results, duplicates, failures kept apart with their reason, type and size limits, archives. */
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../store/dialects.js';
import { createTestApp, luolong2022WithError, seed, type Client, type TestApp } from './helpers.js';

describe.each(DIALECTS)('uploads (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect, { maxFileBytes: 2 * 1024 * 1024, maxFilesPerBatch: 12 });
    await t.addUser('admin', 'admin');
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  it('adds a report with its unit, year and findings', async () => {
    const { status, items } = await admin.upload('suizhou-commerce-2023.txt', seed('suizhou-commerce-2023.txt'));
    expect(status).toBe(200);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'suizhou-commerce-2023.txt', status: 'added', unitName: '随州市商务局', year: 2023, errors: 0, warnings: 0, message: null });
    expect(items[0].reportId).toBeGreaterThan(0);
  });

  it('recognises the same content uploaded again, under any name', async () => {
    const { items } = await admin.upload('随州-副本.txt', seed('suizhou-commerce-2023.txt'));
    expect(items[0]).toMatchObject({ status: 'duplicate', unitName: '随州市商务局', message: '报告库中已有同样内容的文件，未重复保存。' });
    const originals = await t.corpus.store.db.selectFrom('originals').select('sha256').execute();
    expect(originals).toHaveLength(1);
  });

  it('keeps a file that is not a report as an original with the reason, apart from the reports', async () => {
    const notes = new TextEncoder().encode('会议纪要\n今天开会讨论了下一步工作安排。\n');
    const { items } = await admin.upload('会议纪要.txt', notes);
    expect(items[0]).toMatchObject({ status: 'failed', reportId: null, message: '这不是政府信息公开工作年度报告：没有找到报告标题、六个部分或统计表格。' });
    const failures = await t.corpus.store.db.selectFrom('failures').select(['file', 'error_code']).execute();
    expect(failures).toEqual([{ file: '会议纪要.txt', error_code: 'not-a-report' }]);
    expect(await t.corpus.store.db.selectFrom('originals').select('sha256').where('sha256', '=', items[0].sha256).execute()).toHaveLength(1);
    const reports = await admin.json('/api/reports');
    expect(reports.items.map((r: any) => r.file)).toEqual(['suizhou-commerce-2023.txt']);
    const listed = await admin.json('/api/failures');
    expect(listed.items.map((f: any) => [f.name, f.status])).toEqual([['会议纪要.txt', 'failed']]);
  });

  it('refuses binary content by what it is, not by its name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const { items } = await admin.upload('report.txt', png);
    expect(items[0]).toMatchObject({ status: 'rejected', sha256: null });
    expect(items[0].message).toContain('不是可读取的文件类型');
    expect(await t.corpus.store.db.selectFrom('originals').select('sha256').execute()).toHaveLength(2);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { status, body } = await admin.upload('big.txt', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41));
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: 'file-too-large', message: '文件过大：单个文件（或压缩包）不能超过 2 MB。' });
  });

  it('opens a zip archive and answers for each file inside; one bad file does not stop the rest', async () => {
    const zip = zipSync({
      '报告/hotan-commerce-2023.txt': seed('hotan-commerce-2023.txt'),
      '报告/luolong-commerce-2022.txt': luolong2022WithError(),
      '报告/空文件.txt': new Uint8Array(0),
      '报告/suizhou-again.txt': seed('suizhou-commerce-2023.txt'),
      '报告/hotan-again.txt': seed('hotan-commerce-2023.txt'),
    });
    const { items } = await admin.upload('一批报告.zip', zip);
    const byName = Object.fromEntries(items.map((i: any) => [i.name.replace('一批报告.zip!/报告/', ''), i]));
    expect(Object.keys(byName).sort()).toEqual(['hotan-again.txt', 'hotan-commerce-2023.txt', 'luolong-commerce-2022.txt', 'suizhou-again.txt', '空文件.txt']);
    expect(byName['hotan-commerce-2023.txt']).toMatchObject({ status: 'added', unitName: '和田地区商务局', year: 2023 });
    expect(byName['luolong-commerce-2022.txt']).toMatchObject({ status: 'added', unitName: '洛龙区商务局', year: 2022, errors: 2 });
    expect(byName['suizhou-again.txt']).toMatchObject({ status: 'duplicate' });
    expect(byName['hotan-again.txt']).toMatchObject({ status: 'duplicate', message: '与本次上传的“一批报告.zip!/报告/hotan-commerce-2023.txt”内容相同。' });
    expect(byName['空文件.txt']).toMatchObject({ status: 'rejected', message: '文件是空的。' });
  });

  it('refuses an archive whose entries declare more than the limit', async () => {
    const zip = zipSync({ 'huge.txt': new Uint8Array(3 * 1024 * 1024).fill(0x20) }, { level: 9 });
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    const { items } = await admin.upload('bomb.zip', zip);
    expect(items).toEqual([expect.objectContaining({ name: 'bomb.zip', status: 'rejected', message: '压缩包中的“huge.txt”解压后过大（3 MB，上限 2 MB）。' })]);
  });

  it('limits the files of one batch', async () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`r${i}.txt`, new TextEncoder().encode(`第${i}份`)])));
    const { status, body } = await admin.upload('many.zip', zip);
    expect(status).toBe(400);
    expect(body.error.code).toBe('too-many-files');
  });

  it('needs the file name, and keeps only its base name', async () => {
    const id = (await (await admin.post('/api/uploads')).json() as any).id;
    const missing = await admin.request('POST', `/api/uploads/${id}/files`, { body: new Uint8Array([0x41]), headers: { 'Content-Type': 'application/octet-stream' } });
    expect((await missing.json() as any).error.code).toBe('missing-file-name');
    const { items } = await admin.upload('../../etc/笔记.txt', new TextEncoder().encode('一段随手记下的文字，不是报告。'), id);
    expect(items[0].name).toBe('笔记.txt');
  });

  it('keeps one user out of another user’s batch', async () => {
    await t.addUser('other', 'admin');
    const mine = await admin.upload('x.txt', new TextEncoder().encode('又一段文字。'));
    await t.addUser('clerk', 'clerk', { unitId: 1 });
    const clerk = await t.signIn('clerk');
    expect((await clerk.get(`/api/uploads/${mine.batch}`)).status).toBe(403);
    expect((await clerk.upload('y.txt', new TextEncoder().encode('文字'), mine.batch)).status).toBe(403);
  });
});
