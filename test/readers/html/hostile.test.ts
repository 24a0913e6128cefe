/**
 * Broken and hostile pages through parseReport: corrupted and truncated fixtures, deep nesting, huge
 * pages and attributes, junk. Each gives a report or an error object, never a throw, in bounded time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/parse.js';
import type { Report } from '../../../src/model/report.js';
import '../../../src/readers/register.js';
import { buildFixtures, FIXTURE_DIR } from '../../fixtures/html/build.js';

const fixtures = buildFixtures().map((f) => ({ name: f.file, bytes: new Uint8Array(readFileSync(path.join(FIXTURE_DIR, f.file))) }));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** A fixture's text, for building bigger pages around it (the BOM page is UTF-8). */
const page = new TextDecoder().decode(fixtures.find((f) => f.name.startsWith('hotan'))!.bytes).replace(/^\ufeff/, '');
const footer = page.indexOf('<div class="g-footer">');

/** Parses and checks that the outcome is a well-formed report or error object. */
async function outcome(bytes: Uint8Array, name = 'page.html'): Promise<{ report: Report; ms: number }> {
  const start = performance.now();
  const { report } = await parseReport(bytes, name, { check: true });
  const ms = performance.now() - start;
  expect(report.schema).toBe('gongkai/report@1');
  if (report.error) {
    expect(report.error.code).toMatch(/^[a-z0-9-]+$/);
    expect(report.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(report.tables).toEqual({});
  }
  expect(() => JSON.stringify(report)).not.toThrow();
  return { report, ms };
}

describe('corrupted fixtures', () => {
  const fixture = fc.integer({ min: 0, max: fixtures.length - 1 });

  it('random byte flips give a report or an error, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(fixture, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 64 }), async (i, flips) => {
        const bytes = fixtures[i]!.bytes.slice();
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const { ms } = await outcome(bytes, fixtures[i]!.name);
        expect(ms).toBeLessThan(3000);
      }),
      { numRuns: 60 },
    );
  });

  it('truncation at any point gives a report or an error, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(fixture, fc.double({ min: 0, max: 1, noNaN: true }), async (i, at) => {
        const bytes = fixtures[i]!.bytes;
        const { ms } = await outcome(bytes.subarray(0, Math.floor(bytes.length * at)), fixtures[i]!.name);
        expect(ms).toBeLessThan(3000);
      }),
      { numRuns: 60 },
    );
  });

  it('stray markup spliced in anywhere gives a report or an error, quickly', async () => {
    const junk = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</td>', '<td rowspan="65534" colspan="1000">', '<p>', '</div>', '<!--', '<script>', '<style>',
      '<title>', '&#0;', '&#x110000;', '&nbsp;', '<o:p>', '\u0000', '<![CDATA[', '<br>', '"', '<', '<svg><foreignObject>', '<plaintext>',
      '<form>', '<textarea>', '<meta charset="big5">', '\ufffd', '一、总体情况', '<h1>2023年政府信息公开工作年度报告</h1>',
    );
    await fc.assert(
      fc.asyncProperty(fixture, fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 20 }), async (i, splices) => {
        let text = new TextDecoder().decode(fixtures[i]!.bytes);
        for (const [at, piece] of splices) {
          const k = at % (text.length + 1);
          text = text.slice(0, k) + piece + text.slice(k);
        }
        const { ms } = await outcome(utf8(text), fixtures[i]!.name);
        expect(ms).toBeLessThan(3000);
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile pages', () => {
  it('100,000 nested elements around the report: a clear error at once', async () => {
    const { report, ms } = await outcome(utf8(page.slice(0, footer) + '<div>'.repeat(100_000) + '<p>一、总体情况</p>' + '</div>'.repeat(100_000) + page.slice(footer)));
    expect(report.error?.code).toBe('html-too-deep');
    expect(ms).toBeLessThan(3000);
  });

  it('100,000 unclosed inline tags: a clear error at once', async () => {
    const { report, ms } = await outcome(utf8(page.replace('<div class="Custom_UnionStyle">', '<div>' + '<font color="red">'.repeat(100_000))));
    expect(report.error?.code).toBe('html-too-deep');
    expect(ms).toBeLessThan(3000);
  });

  it('every end tag missing: still the report', async () => {
    const { report } = await outcome(utf8(page.replace(/<\/(?:p|div|td|tr|table|span|li|ul|a|h1|strong)>/g, '')));
    expect(report.error).toBeUndefined();
    expect(report.meta.agency).toBe('和田地区商务局');
  });

  it('a 20 MB page (a giant inline script and base64 image around the report): the report', async () => {
    const huge = page
      .replace('</head>', `<script>var data = "${'<div>一、总体情况</div>'.repeat(400_000)}";</script></head>`)
      .replace('<div class="g-footer">', `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(1_000_000)}"><div class="g-footer">`);
    const bytes = utf8(huge);
    expect(bytes.length).toBeGreaterThan(20_000_000);
    const { report, ms } = await outcome(bytes);
    expect(report.error).toBeUndefined();
    expect(report.meta.agency).toBe('和田地区商务局');
    expect(ms).toBeLessThan(10_000);
  });

  it('50 MB pages: an embedded image gives the report, 50 MB of markup a clear error, both within seconds', async () => {
    const image = utf8(page.slice(0, footer) + `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(4_600_000)}">` + page.slice(footer));
    expect(image.length).toBeGreaterThan(50_000_000);
    const withImage = await outcome(image);
    expect(withImage.report.meta.agency).toBe('和田地区商务局');
    expect(withImage.ms).toBeLessThan(12_000);
    const related = '<p>相关新闻：某某县召开工作会议，部署下一阶段重点任务。</p>\n'.repeat(600_000);
    const markup = await outcome(utf8(page.slice(0, footer) + `<div class="related">${related}</div>` + page.slice(footer)));
    expect(markup.report.error?.code).toBe('html-too-complex');
    expect(markup.ms).toBeLessThan(12_000);
  });

  it('a 20 MB page of navigation links around the report: a report or a clear error within seconds', async () => {
    const links = '<li><a href="/news/2024/0101/12345.html">关于做好某某工作的通知</a><span>2024-01-01</span></li>\n'.repeat(220_000);
    const bytes = utf8(page.slice(0, footer) + `<ul class="list">${links}</ul>` + page.slice(footer));
    expect(bytes.length).toBeGreaterThan(20_000_000);
    const { ms } = await outcome(bytes);
    expect(ms).toBeLessThan(12_000);
  });

  it('a 20 MB attribute and 100,000 attributes on one element', async () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="${i}"`).join(' ');
    const { report } = await outcome(utf8(page.replace('<body>', `<body><div title="${'x'.repeat(20_000_000)}" ${attrs}>`)));
    expect(report.error).toBeUndefined();
  });

  it('binary junk after an HTML start: a clear error', async () => {
    const junk = new Uint8Array(200_000);
    for (let i = 0, x = 7; i < junk.length; i++) junk[i] = x = (x * 1103515245 + 12345) & 0x1f;
    junk.set(utf8('<!DOCTYPE html><html>'), 0);
    const { report } = await outcome(junk);
    expect(report.error?.code).toBe('html-garbled');
  });

  it('a page with no report on it: not a report', async () => {
    const { report } = await outcome(utf8('<html><head><title>首页</title></head><body><ul><li><a href="/">首页</a></li></ul><p>欢迎访问</p></body></html>'));
    expect(report.error?.code).toBe('not-a-report');
  });
});
