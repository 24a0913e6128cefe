/** Small Word packages written by hand for the reader's tests: exactly the XML a case needs, zipped with fflate. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = [
  `xmlns:w="${W}"`,
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
].join(' ');

export interface PackageParts {
  /** Content of w:body. */
  body: string;
  /** Content of w:styles. */
  styles?: string;
  /** Content of w:numbering. */
  numbering?: string;
  /** Content of cp:coreProperties. */
  core?: string;
  /** Other files, by path. */
  extra?: Record<string, string | Uint8Array>;
  /** Leave out word/document.xml. */
  withoutDocument?: boolean;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`;

export function makeDocx(parts: PackageParts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
  };
  if (!parts.withoutDocument) files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${NAMESPACES}>${parts.styles}</w:styles>`);
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`);
  if (parts.core !== undefined) {
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${parts.core}</cp:coreProperties>`,
    );
  }
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** A paragraph with one run of text (and optional paragraph properties). */
export const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A list paragraph: numId/ilvl as Word writes them. */
export const li = (text: string, numId: number, ilvl = 0): string => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** A table cell with paragraphs and optional cell properties. */
export const tc = (content: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content.startsWith('<') ? content : p(content)}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;

/** One abstract list and one instance of it. */
export function list(abstractId: number, numId: number, levels: { fmt: string; text: string; start?: number; extra?: string }[], numExtra = ''): string {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/>${l.extra ?? ''}</w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${numExtra}</w:num>`;
}
