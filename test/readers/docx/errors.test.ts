/** Files that are not readable Word documents give a clear error (code + Chinese message), quickly, never a crash. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { ReadError } from '../../../src/model/document.js';
import { readDocxSync } from '../../../src/readers/docx/reader.js';
import { readOle } from '../../../src/readers/office/ole-reader.js';
import { SOFFICE_MISSING_MESSAGE } from '../../../src/readers/office/soffice.js';
import { REPO_ROOT } from '../../helpers/shared.js';
import { makeDocx, p } from './make-docx.js';

const FIXTURE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/docx/suizhou-commerce-2023.docx'));

function errorOf(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof ReadError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a ReadError');
}

/** Rewrites the uncompressed size a central directory entry declares (a lying header). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === wanted.length && out.subarray(at + 46, at + 46 + length).every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

const documentXml = (body: string): Uint8Array =>
  strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);

describe('DOCX reading errors', () => {
  it('names a spreadsheet inside a ZIP for what it is', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(errorOf(() => readDocxSync(xlsx))).toEqual({ code: 'zip-not-docx', message: '这是Excel 工作簿（XLSX），不是 Word 文档（DOCX）。请另存为 DOCX、PDF 或网页后再读取。' });
  });

  it('lists what a plain ZIP of reports holds (through parseReport, as the CLI sees it)', async () => {
    const zip = zipSync({ '随州市商务局2023年报告.pdf': strToU8('%PDF-1.4'), '说明.txt': strToU8('见附件') });
    const { report } = await parseReport(zip, 'reports.zip');
    expect(report.error).toEqual({
      code: 'zip-not-docx',
      message: '这是一个 ZIP 压缩包，不是 Word 文档（DOCX）：压缩包中有 2 个文件（随州市商务局2023年报告.pdf、说明.txt）。请解压后逐个读取其中的报告。',
    });
    expect(report.source.format).toBeNull();
  });

  it('reads a Word document that was renamed .zip', async () => {
    const { report } = await parseReport(FIXTURE, '年报.zip');
    expect(report.error).toBeUndefined();
    expect(report.source.format).toBe('docx');
    expect(report.meta.agency).toBe('随州市商务局');
  });

  it('says when the body part is missing', () => {
    expect(errorOf(() => readDocxSync(makeDocx({ body: '', withoutDocument: true })))).toEqual({
      code: 'docx-missing-part',
      message: 'Word 文档缺少正文部分（word/document.xml），文件可能已损坏。',
    });
  });

  it('refuses a truncated or garbled archive as corrupt', () => {
    expect(errorOf(() => readDocxSync(FIXTURE.subarray(0, FIXTURE.length >> 1))).code).toBe('zip-corrupt');
    const garbled = new Uint8Array(4096).fill(7);
    garbled.set([0x50, 0x4b, 0x03, 0x04]);
    expect(errorOf(() => readDocxSync(garbled))).toEqual({ code: 'zip-corrupt', message: '压缩包已损坏，无法读取（找不到压缩包目录，文件可能被截断）。' });
  });

  it('refuses a body that is not well-formed XML', () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p><w:t>一、</w:p></w:body>') });
    expect(errorOf(() => readDocxSync(broken))).toEqual({ code: 'docx-corrupt', message: 'Word 文档的正文（word/document.xml）已损坏，不是有效的 XML（第 1 行附近）。' });
  });

  it('reads on without a broken styles part, and says so', () => {
    const doc = readDocxSync(makeDocx({ body: p('一、总体情况'), styles: '<w:style' }));
    expect(doc.blocks).toHaveLength(1);
    expect(doc.warnings).toEqual([{ code: 'docx-part-unreadable', message: 'Word 文档的样式（styles.xml）已损坏，已忽略。' }]);
  });

  it('refuses an encrypted entry', () => {
    const zip = zipSync({ 'word/document.xml': documentXml(p('x')) });
    const view = new DataView(zip.buffer);
    for (let at = 0; at + 4 < zip.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect(errorOf(() => readDocxSync(zip)).code).toBe('encrypted');
  });
});

describe('ZIP bombs and oversized archives', () => {
  const zeros = zipSync({ 'word/document.xml': new Uint8Array(48 * 1024 * 1024) }, { level: 9 });

  it('refuses an entry whose declared compression ratio is absurd, before inflating it', () => {
    const started = performance.now();
    expect(errorOf(() => readDocxSync(zeros)).code).toBe('zip-bomb');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops inflating an entry that yields more than it declares, small or large', () => {
    // 16 MB of zeros compress to about 16 KB (inflated in one bounded call), 48 MB to about 48 KB (inflated in steps).
    const small = zipSync({ 'word/document.xml': new Uint8Array(15 * 1024 * 1024) }, { level: 9 });
    for (const bomb of [small, zeros]) {
      const lying = declareSize(bomb, 'word/document.xml', 1000);
      const started = performance.now();
      const error = errorOf(() => readDocxSync(lying));
      expect(error).toEqual({ code: 'zip-bomb', message: '压缩包中的 word/document.xml 解压后超过其声明的大小（1000 字节），疑为压缩炸弹，已拒绝读取。' });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('refuses archives declaring more than the size limit, and entries that yield less than declared', () => {
    const small = zipSync({ 'word/document.xml': documentXml(p('一、总体情况')) });
    expect(errorOf(() => readDocxSync(declareSize(small, 'word/document.xml', 0xfffffff0))).code).toBe('zip-too-large');
    expect(errorOf(() => readDocxSync(declareSize(small, 'word/document.xml', 5000))).code).toBe('zip-corrupt');
  });

  it('refuses an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 10_000; i++) files[`f${i}`] = new Uint8Array(0);
    expect(errorOf(() => readDocxSync(zipSync(files, { level: 0 })))).toEqual({ code: 'zip-too-large', message: '压缩包中有 10001 个文件，超过上限 10000 个，已拒绝读取。' });
  });
});

describe('DOC/WPS (OLE2) files', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const ole = (...streams: string[]): Uint8Array => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let at = 1024;
    for (const name of streams) {
      bytes.set(Buffer.from(name, 'utf16le'), at);
      at += 128;
    }
    return bytes;
  };

  it('asks for LibreOffice when it is not installed', async () => {
    vi.stubEnv('GONGKAI_SOFFICE', '/nonexistent/soffice');
    await expect(readOle(ole('Root Entry', 'WordDocument'))).rejects.toMatchObject({ code: 'converter-missing', message: SOFFICE_MISSING_MESSAGE });
    const { report } = await parseReport(ole('Root Entry', 'WordDocument'), '年报.doc');
    expect(report.error).toEqual({ code: 'converter-missing', message: '读取 DOC/WPS 文件需要 LibreOffice：apt-get install -y libreoffice-writer-nogui' });
    expect(report.source.format).toBe('doc');
  });

  it('recognises password-protected Office files and slides without converting them', async () => {
    await expect(readOle(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage'))).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readOle(ole('Root Entry', 'PowerPoint Document'))).rejects.toMatchObject({ code: 'format-unsupported' });
  });
});
