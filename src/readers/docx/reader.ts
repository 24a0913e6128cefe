/** DOCX bytes → the document structure: package parts, styles, numbering, body, then blocks. */
import { ReadError, type Block, type ReaderWarning, type SourceDocument } from '../../model/document.js';
import { isTraditional } from '../../text/script.js';
import type { ReadOptions } from '../index.js';
import { readBody } from './body.js';
import { itemsToBlocks } from './blocks.js';
import { Numbering } from './numbering.js';
import { openDocxPackage, type DocxPackage } from './package.js';
import { Styles } from './styles.js';
import { child, decodeXml, MAX_XML_DEPTH, parseTree, XmlDepthError, XmlSyntaxError, type XmlNode } from './xml.js';

export async function readDocx(bytes: Uint8Array, _options: ReadOptions = {}): Promise<SourceDocument> {
  return readDocxSync(bytes);
}

export function readDocxSync(bytes: Uint8Array): SourceDocument {
  const pkg = openDocxPackage(bytes);
  const warnings: ReaderWarning[] = [];
  const styles = sidePart(pkg, 'styles', warnings, (root) => Styles.parse(root)) ?? Styles.empty;
  const numbering = sidePart(pkg, 'numbering', warnings, (root) => Numbering.parse(root, styles)) ?? Numbering.none(styles);
  const title = sidePart(pkg, 'core', warnings, coreTitle);

  const documentBytes = pkg.zip.read(pkg.documentPath)!;
  let body;
  try {
    body = readBody(decodeXml(documentBytes), styles, numbering);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ReadError('docx-corrupt', `Word 文档的正文（${pkg.documentPath}）已损坏，不是有效的 XML（第 ${error.line} 行附近）。`);
    }
    if (error instanceof XmlDepthError) {
      throw new ReadError('docx-corrupt', `Word 文档的正文（${pkg.documentPath}）嵌套超过 ${MAX_XML_DEPTH} 层，文件已损坏或是恶意构造的，已拒绝读取。`);
    }
    throw error;
  }
  warnings.push(...body.warnings);
  const blocks: Block[] = [];
  itemsToBlocks(body.items, blocks, warnings);

  const doc: SourceDocument = { format: 'docx', blocks, script: isTraditional(sampleText(blocks)) ? 'traditional' : 'simplified', warnings };
  if (title) doc.hints = { title };
  return doc;
}

const PART_NAMES = { styles: '样式（styles.xml）', numbering: '自动编号（numbering.xml）', core: '文档属性（core.xml）' } as const;

/** A side part read into something; a broken one is a warning and the document is read without it. */
function sidePart<T>(pkg: DocxPackage, kind: keyof typeof PART_NAMES, warnings: ReaderWarning[], read: (root: XmlNode) => T): T | undefined {
  try {
    const text = pkg.part(kind);
    if (text === undefined) return undefined;
    return read(parseTree(text));
  } catch (error) {
    // Limits and encryption apply to every part alike: those stay errors.
    if (error instanceof ReadError && error.code !== 'zip-corrupt') throw error;
    warnings.push({ code: 'docx-part-unreadable', message: `Word 文档的${PART_NAMES[kind]}已损坏，已忽略。` });
    return undefined;
  }
}

function coreTitle(root: XmlNode): string | undefined {
  const title = child(child(root, 'coreProperties'), 'title')?.text.trim();
  return title ? title : undefined;
}

function sampleText(blocks: readonly Block[]): string {
  let text = '';
  for (const block of blocks) {
    text += block.kind === 'text' ? block.text : block.rows.map((r) => r.map((c) => c.text).join('')).join('');
    if (text.length > 20000) break;
  }
  return text;
}
