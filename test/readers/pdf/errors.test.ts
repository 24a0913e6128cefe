/** Files that cannot be read give a clear error object, in Chinese, through parseReport; none throws. */
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { ReadError } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { fixture } from './read.js';

describe('PDFs that cannot be read', () => {
  it('names a scan (no text layer) as an image PDF with its page count', async () => {
    const { report } = await parseReport(fixture('scanned.pdf'), 'scanned.pdf');
    expect(report.source.format).toBe('pdf');
    expect(report.error).toEqual({
      code: 'pdf-no-text',
      message: '这是扫描图像 PDF（共 2 页），没有文字层，无法读取；请提供文字版，或先进行文字识别（OCR）。',
    });
  });

  it('says a PDF with an open password is encrypted', async () => {
    const { report } = await parseReport(fixture('encrypted.pdf'), 'encrypted.pdf');
    expect(report.error?.code).toBe('pdf-encrypted');
    expect(report.error?.message).toContain('密码');
  });

  it('reads a PDF that has only a permissions password', async () => {
    const { report } = await parseReport(fixture('restricted.pdf'), 'restricted.pdf');
    expect(report.error).toBeUndefined();
    expect(report.meta.agency).toBe('和田地区商务局');
    expect(report.meta.year).toBe(2023);
  });

  it('says a truncated PDF is damaged', async () => {
    const whole = fixture('hotan-commerce-2023.word-libreoffice.pdf');
    const { report } = await parseReport(whole.subarray(0, Math.floor(whole.length / 3)), 'cut.pdf');
    expect(report.error?.code).toBe('pdf-corrupt');
    expect(report.error?.message).toMatch(/损坏/);
  });

  it('says a file with a PDF signature and nothing behind it is damaged', async () => {
    const { report } = await parseReport(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), 'empty.pdf');
    expect(report.error?.code).toBe('pdf-corrupt');
  });

  it('gives up after its time limit', async () => {
    const error = await readPdf(fixture('hotan-commerce-2023.word-libreoffice.pdf'), { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'timeout', message: 'PDF 读取超时（超过 1 毫秒），文件可能已损坏或过于复杂。' });
  });

  it('leaves the caller\'s bytes as they were', async () => {
    const bytes = fixture('restricted.pdf');
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
