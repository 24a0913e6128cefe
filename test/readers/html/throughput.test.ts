/**
 * Throughput of parse + check on the HTML fixtures (one core), printed for the record, and a guard
 * against quadratic work: four times the page takes about four times as long, not sixteen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/core/parse.js';
import { readHtml } from '../../../src/readers/html/html-reader.js';
import '../../../src/readers/register.js';
import { buildFixtures, FIXTURE_DIR } from '../../fixtures/html/build.js';

const pages = buildFixtures().map((f) => ({ name: f.file, bytes: readFileSync(path.join(FIXTURE_DIR, f.file)) }));

/**
 * Runs `work` over the pages for about `ms` milliseconds; returns pages per second of CPU time (the
 * process's own, so other processes on the machine do not count).
 */
async function rate(work: (bytes: Uint8Array, name: string) => Promise<unknown>, ms: number): Promise<number> {
  for (const p of pages) await work(p.bytes, p.name); // warm-up
  let done = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const p of pages) await work(p.bytes, p.name);
    done += pages.length;
  }
  const used = process.cpuUsage(cpu);
  return done / ((used.user + used.system) / 1e6);
}

describe('throughput', () => {
  it('parse + check of typical report pages, reports per second', async () => {
    const full = await rate((bytes, name) => parseReport(bytes, name, { check: true }), 2000);
    const reader = await rate((bytes) => readHtml(bytes), 1000);
    const kb = pages.reduce((n, p) => n + p.bytes.length, 0) / pages.length / 1024;
    console.log(`[html throughput] ${pages.length} pages of ${kb.toFixed(0)} KB on average: parse+check ${full.toFixed(0)} reports per CPU-second, HTML reader alone ${reader.toFixed(0)} pages per CPU-second`);
    // A floor far below the measured rate: it fails on quadratic work, not on a slow machine.
    expect(full).toBeGreaterThan(10);
  });

  it('reading time grows linearly with the page', async () => {
    const base = new TextDecoder().decode(pages.find((p) => p.name.startsWith('hotan'))!.bytes);
    const grown = (n: number): Uint8Array => {
      const related = '<li><a href="/a.html">相关新闻</a><p>某某县召开工作会议，部署下一阶段重点任务。</p></li>\n'.repeat(n);
      return new TextEncoder().encode(base.replace('<div class="g-footer">', `<ul>${related}</ul><div class="g-footer">`));
    };
    const time = async (bytes: Uint8Array): Promise<number> => {
      await readHtml(bytes);
      const start = performance.now();
      for (let i = 0; i < 3; i++) await readHtml(bytes);
      return performance.now() - start;
    };
    const small = await time(grown(5000));
    const large = await time(grown(20000));
    expect(large / small).toBeLessThan(10);
  });
});
