/**
 * Damaged Word files — flipped bytes in the archive or in the XML, truncation, absurd nesting,
 * entity tricks — give a report or a clear error object through parseReport: never a throw, never
 * more than a few seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { REPO_ROOT } from '../../helpers/shared.js';
import { makeDocx } from './make-docx.js';

const FIXTURE = new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures/docx/hotan-commerce-2023.docx')));
const PARTS = unzipSync(FIXTURE);
const DOCUMENT = PARTS['word/document.xml']!;
const TIME_LIMIT_MS = 3000;

/** Parses and checks the outcome is a report, possibly an error report, within the time limit. */
async function parsesCleanly(bytes: Uint8Array, file = 'fuzz.docx'): Promise<void> {
  const started = performance.now();
  const { report } = await parseReport(bytes, file, { check: true });
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  expect(report.schema).toBe('gongkai/report@1');
  if (report.error) {
    expect(report.error.code).toMatch(/^[a-z-]+$/);
    expect(report.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

const flips = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });

function flipped(bytes: Uint8Array, changes: { at: number; value: number }[]): Uint8Array {
  const out = bytes.slice();
  for (const { at, value } of changes) out[at % out.length] = value;
  return out;
}

describe('damaged DOCX files', () => {
  it('survives flipped bytes anywhere in the archive', async () => {
    await fc.assert(fc.asyncProperty(flips, (changes) => parsesCleanly(flipped(FIXTURE, changes))), { numRuns: 150 });
  }, 60_000);

  it('survives flipped bytes inside the body XML', async () => {
    await fc.assert(
      fc.asyncProperty(flips, (changes) => parsesCleanly(zipSync({ ...PARTS, 'word/document.xml': flipped(DOCUMENT, changes) }))),
      { numRuns: 100 },
    );
  }, 60_000);

  it('survives truncation of the archive and of the body XML', async () => {
    await fc.assert(fc.asyncProperty(fc.nat({ max: FIXTURE.length - 1 }), (n) => parsesCleanly(FIXTURE.subarray(0, n))), { numRuns: 100 });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: DOCUMENT.length - 1 }), (n) => parsesCleanly(zipSync({ ...PARTS, 'word/document.xml': DOCUMENT.subarray(0, n) }))),
      { numRuns: 60 },
    );
  }, 60_000);

  it('refuses absurdly deep nesting quickly: 100 000 nested content controls, 5 000 nested tables', async () => {
    const depth = 100_000;
    const sdt = `${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    const tables = `${'<w:tbl><w:tr><w:tc>'.repeat(5000)}<w:p><w:r><w:t>最深</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(5000)}`;
    for (const body of [sdt, tables]) {
      const started = performance.now();
      const { report } = await parseReport(makeDocx({ body }), 'deep.docx');
      expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
      expect(report.error).toEqual({ code: 'docx-corrupt', message: 'Word 文档的正文（word/document.xml）嵌套超过 1000 层，文件已损坏或是恶意构造的，已拒绝读取。' });
    }
  }, 30_000);

  it('does not expand entities declared in a DTD (billion laughs)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
      '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&f;&f;&f;&f;&f;&f;&f;&f;</w:t></w:r></w:p></w:body></w:document>';
    const { report } = await parseReport(zipSync({ ...PARTS, 'word/document.xml': strToU8(laughs) }), 'laughs.docx');
    expect(report.error?.code).toBe('docx-corrupt');
  });

  it('reads a document whose XML is sound but whose structure is nonsense', async () => {
    const odd = strFromU8(DOCUMENT).replace(/<w:tc>/g, '<w:tc><w:tc>').replace(/<\/w:tc>/g, '</w:tc></w:tc>').replace(/<w:tr>/g, '<w:p><w:tr>').replace(/<\/w:tr>/g, '</w:tr></w:p>');
    await parsesCleanly(zipSync({ ...PARTS, 'word/document.xml': strToU8(odd) }));
  });
});
