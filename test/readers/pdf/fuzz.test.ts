/**
 * Damaged PDFs — bytes flipped, the file cut short — give a report or a clear error object through
 * parseReport, never an exception, and within the reader's time limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport, type ParseOptions } from '../../../src/core/parse.js';
import type { PdfReadOptions } from '../../../src/readers/pdf/index.js';
import { fixture } from './read.js';

/** A short limit keeps a pathological case from holding up the suite (the default is 20 s). */
const OPTIONS: ParseOptions & PdfReadOptions = { check: true, timeoutMs: 8000 };

async function expectReportOrError(bytes: Uint8Array): Promise<void> {
  const started = Date.now();
  const { report } = await parseReport(bytes, 'damaged.pdf', OPTIONS);
  expect(Date.now() - started).toBeLessThan(15_000);
  if (report.error) {
    // A damaged signature makes it another format (text, empty): still an error object, in Chinese.
    expect(report.error.code).toMatch(/^[a-z-]+$/);
    expect(report.error.message).toMatch(/[\u4e00-\u9fff]/);
  } else {
    expect(report.source.format).toBe('pdf');
  }
}

function flipped(bytes: Uint8Array, flips: { at: number; xor: number }[]): Uint8Array {
  const out = bytes.slice();
  for (const { at, xor } of flips) out[Math.floor(at * out.length)]! ^= xor;
  return out;
}

const flips = fc.array(fc.record({ at: fc.double({ min: 0, max: 0.9999, noNaN: true }), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 40 });

describe('damaged PDFs', () => {
  for (const name of ['restricted.pdf', 'luolong-commerce-2023.word-libreoffice.pdf']) {
    const original = fixture(name);
    const runs = name === 'restricted.pdf' ? 40 : 12;

    it(`${name} with bytes flipped gives a report or an error`, async () => {
      await fc.assert(fc.asyncProperty(flips, (f) => expectReportOrError(flipped(original, f))), { numRuns: runs, seed: 20240101 });
    }, 300_000);

    it(`${name} cut short gives a report or an error`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.double({ min: 0, max: 0.999, noNaN: true }), (share) => expectReportOrError(original.subarray(0, Math.floor(share * original.length)))),
        { numRuns: runs, seed: 20240102 },
      );
    }, 300_000);
  }

  it('a damaged content stream spoils a page, not the file', async () => {
    const original = fixture('luolong-commerce-2023.word-libreoffice.pdf');
    // Flip bytes in the middle of the file, where page content streams lie.
    const damaged = flipped(original, [0.3, 0.31, 0.32, 0.5].map((at) => ({ at, xor: 0x5a })));
    await expectReportOrError(damaged);
  }, 60_000);
});
