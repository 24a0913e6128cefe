/**
 * Old binary Office and WPS files (OLE2 compound files: .doc, .wps, .et, .xls): converted by
 * LibreOffice, then read like their modern counterparts. A Word/WPS text becomes DOCX and goes
 * through the DOCX reader; a spreadsheet becomes a web page and goes through the HTML reader.
 */
import { ReadError, type SourceDocument } from '../../model/document.js';
import { readDocx } from '../docx/reader.js';
import { readDocument, type ReadOptions } from '../index.js';
import { convertWithSoffice } from './soffice.js';

export type OleKind = 'text' | 'spreadsheet' | 'presentation' | 'encrypted' | 'unknown';

/** A stream name as stored in a compound file's directory: UTF-16LE. */
const utf16 = (name: string): Buffer => Buffer.from(name, 'utf16le');
const STREAMS = {
  encrypted: utf16('EncryptedPackage'),
  word: utf16('WordDocument'),
  workbook: utf16('Workbook'),
  book: utf16('Book\0'),
  presentation: utf16('PowerPoint Document'),
};

/**
 * What a compound file holds, told by the names of its streams. The directory is small and its
 * names are stored verbatim, so looking for them is enough to pick the converter.
 */
export function oleKind(bytes: Uint8Array): OleKind {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A password-protected DOCX/XLSX is an OLE file holding the encrypted package.
  if (buffer.includes(STREAMS.encrypted)) return 'encrypted';
  if (buffer.includes(STREAMS.word)) return 'text';
  if (buffer.includes(STREAMS.workbook) || buffer.includes(STREAMS.book)) return 'spreadsheet';
  if (buffer.includes(STREAMS.presentation)) return 'presentation';
  return 'unknown';
}

export async function readOle(bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  const kind = oleKind(bytes);
  if (kind === 'encrypted') throw new ReadError('encrypted', '文档已加密（设置了打开密码），无法读取。请取消密码后再试。');
  if (kind === 'presentation') throw new ReadError('format-unsupported', '这是 PowerPoint 演示文稿（PPT），不是报告文档，暂不支持读取。');
  if (kind === 'spreadsheet') {
    const html = await convertWithSoffice(bytes, { to: 'html', inputExtension: 'xls' }).catch((error: unknown) => {
      // A Writer-only LibreOffice (the usual server install) cannot open spreadsheets at all.
      if (error instanceof ReadError && error.code === 'convert-failed') {
        throw new ReadError('convert-failed', 'LibreOffice 无法转换此电子表格（XLS/ET）。如未安装 LibreOffice Calc，请先安装：apt-get install -y libreoffice-calc-nogui');
      }
      throw error;
    });
    try {
      const doc = await readDocument(html, 'converted.html', options);
      return { ...doc, format: 'doc' };
    } catch (error) {
      if (error instanceof ReadError && error.code === 'format-unsupported') {
        throw new ReadError('format-unsupported', '这是电子表格（XLS/ET），暂不支持读取。');
      }
      throw error;
    }
  }
  // Unknown compound files are tried as text documents too: LibreOffice recognises more than these names.
  const docx = await convertWithSoffice(bytes, { to: 'docx:MS Word 2007 XML', inputExtension: 'doc' });
  const doc = await readDocx(docx, options);
  return { ...doc, format: 'doc' };
}
