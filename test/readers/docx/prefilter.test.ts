/** Dropping formatting markup before parsing changes nothing the reader reads, and keeps the XML well-formed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxSync } from '../../../src/readers/docx/reader.js';
import { withoutFormatting } from '../../../src/readers/docx/prefilter.js';
import { corpusCases, REPO_ROOT } from '../../helpers/shared.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/docx');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.docx')).map((f) => path.join(FIXTURES, f));
for (const c of corpusCases()?.filter((c) => c.source.endsWith('.docx')) ?? []) files.push(c.source);

describe('DOCX formatting prefilter', () => {
  it('drops empty formatting elements and property blocks, keeping hidden-text and tracked-change properties', () => {
    const xml =
      `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="1"/><w:spacing w:before="0"\n w:after="240"/><w:jc w:val="left"/><w:rPr><w:sz w:val="21"/></w:rPr></w:pPr>` +
      '<w:r><w:rPr><w:b/><w:rFonts w:ascii="宋体"/></w:rPr><w:t>一、</w:t><w:br/></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>' +
      '<w:r><w:rPr><w:i/><w:rPrChange w:id="1"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>改</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="1"/><w:gridSpan w:val="2"/><w:tcBorders><w:top w:val="single"/></w:tcBorders><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(withoutFormatting(xml)).toBe(
      `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:pStyle w:val="1"/>\n</w:pPr>` +
        '<w:r><w:t>一、</w:t><w:br/></w:r>' +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>' +
        '<w:r><w:rPr><w:rPrChange w:id="1"></w:rPrChange></w:rPr><w:t>改</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl></w:body></w:document>',
    );
  });

  it('leaves a document alone whose w: prefix is bound differently', () => {
    const xml = '<w:document xmlns:w="urn:other"><w:b/></w:document>';
    expect(withoutFormatting(xml)).toBe(xml);
  });

  it('reads every fixture exactly as it reads it unfiltered', () => {
    for (const file of files) {
      const parts = unzipSync(new Uint8Array(readFileSync(file)));
      // Single quotes around the namespace keep the prefilter out of the way.
      const unfiltered = strFromU8(parts['word/document.xml']!).replace(`xmlns:w="${W}"`, `xmlns:w='${W}'`);
      const filtered = readDocxSync(zipSync(parts));
      expect(readDocxSync(zipSync({ ...parts, 'word/document.xml': strToU8(unfiltered) })), path.basename(file)).toEqual(filtered);
    }
  });
});
