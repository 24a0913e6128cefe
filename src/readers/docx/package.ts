/**
 * The parts of a Word package (OPC): the main document found through the package relationships,
 * its styles and numbering through the document's relationships, and the core properties.
 * A ZIP that is not a Word document is named for what it is.
 */
import { ReadError } from '../../model/document.js';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from './zip.js';
import { children, decodeXml, parseTree, type XmlNode } from './xml.js';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_CORE = /\/metadata\/core-properties$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;

export interface DocxPackage {
  zip: ZipArchive;
  documentPath: string;
  /** Side parts are optional: a missing or broken one is reported, not fatal. */
  part(kind: 'styles' | 'numbering' | 'core'): string | undefined;
}

export function openDocxPackage(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): DocxPackage {
  const zip = openZip(bytes, limits);
  const rels = relationships(zip, '_rels/.rels', '');
  const main = rels.find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target;
  const documentPath = main && zip.find(main) && isWordPart(main) ? main : zip.find('word/document.xml') ? 'word/document.xml' : null;
  if (!documentPath) throw notWord(zip, main);
  const docRels = relationships(zip, relsPathOf(documentPath), dirOf(documentPath));
  const targets = {
    styles: docRels.find((r) => REL_STYLES.test(r.type))?.target ?? `${dirOf(documentPath)}styles.xml`,
    numbering: docRels.find((r) => REL_NUMBERING.test(r.type))?.target ?? `${dirOf(documentPath)}numbering.xml`,
    core: rels.find((r) => REL_CORE.test(r.type))?.target ?? 'docProps/core.xml',
  };
  return {
    zip,
    documentPath: zip.find(documentPath)!.name,
    part: (kind) => {
      const bytes = zip.read(targets[kind]);
      return bytes ? decodeXml(bytes) : undefined;
    },
  };
}

function isWordPart(path: string): boolean {
  return !/^(?:xl|ppt)\//i.test(path);
}

interface Relationship {
  type: string;
  target: string;
}

/** A relationships part, targets resolved to package paths; a missing or unreadable part has none. */
function relationships(zip: ZipArchive, path: string, baseDir: string): Relationship[] {
  const bytes = zip.read(path);
  if (!bytes) return [];
  let root: XmlNode;
  try {
    root = parseTree(decodeXml(bytes));
  } catch {
    return [];
  }
  const list = children(root, 'Relationships')[0];
  return children(list, 'Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Target)
    .map((r) => ({ type: r.attrs.Type ?? '', target: resolve(baseDir, r.attrs.Target!) }));
}

function resolve(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const relsPathOf = (path: string): string => `${dirOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Names what the ZIP is instead (spreadsheet, slides, OpenDocument, a bundle of files). */
function notWord(zip: ZipArchive, main: string | undefined): ReadError {
  const has = (name: string): boolean => zip.find(name) !== undefined;
  const mimetype = zip.find('mimetype') ? new TextDecoder().decode(zip.read('mimetype')).trim() : '';
  let what: string | null = null;
  if (has('xl/workbook.xml') || /^xl\//i.test(main ?? '')) what = 'Excel 工作簿（XLSX）';
  else if (has('ppt/presentation.xml') || /^ppt\//i.test(main ?? '')) what = 'PowerPoint 演示文稿（PPTX）';
  else if (mimetype === 'application/vnd.oasis.opendocument.text') what = 'OpenDocument 文本（ODT）';
  else if (mimetype.startsWith('application/vnd.oasis.opendocument')) what = 'OpenDocument 文档';
  else if (has('[Content_Types].xml') && zip.entries.some((e) => /^word\//i.test(e.name))) {
    return new ReadError('docx-missing-part', 'Word 文档缺少正文部分（word/document.xml），文件可能已损坏。');
  }
  if (what) return new ReadError('zip-not-docx', `这是${what}，不是 Word 文档（DOCX）。请另存为 DOCX、PDF 或网页后再读取。`);
  const files = zip.entries.filter((e) => !e.name.endsWith('/'));
  const names = files.slice(0, 5).map((e) => e.name.slice(e.name.lastIndexOf('/') + 1)).join('、');
  const listing = files.length === 0 ? '压缩包是空的' : `压缩包中有 ${files.length} 个文件（${names}${files.length > 5 ? ' 等' : ''}）`;
  return new ReadError('zip-not-docx', `这是一个 ZIP 压缩包，不是 Word 文档（DOCX）：${listing}。请解压后逐个读取其中的报告。`);
}
