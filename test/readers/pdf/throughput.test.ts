/**
 * Throughput of parse + check on PDFs (the corpus PDFs and the seed renderings), on one core:
 * reports per second of CPU time. A measurement, not a gate: it runs with GONGKAI_BENCH=1
 *   GONGKAI_BENCH=1 npx vitest run test/readers/pdf/throughput.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { corpusCases } from '../../helpers/shared.js';
import { FIXTURES } from './read.js';

describe.runIf(process.env.GONGKAI_BENCH === '1')('PDF throughput', () => {
  it('parses and checks reports', async () => {
    const files = [
      ...(corpusCases() ?? []).filter((c) => c.source.endsWith('.pdf')).map((c) => c.source),
      ...readdirSync(FIXTURES)
        .filter((f) => /-\d{4}\..+\.pdf$/.test(f))
        .map((f) => path.join(FIXTURES, f)),
    ];
    const inputs = files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(f)) }));
    for (const { file, bytes } of inputs) await parseReport(bytes, file, { check: true }); // warm-up: modules, CMaps
    const rounds = 3;
    const perFile = new Map<string, number>();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const { file, bytes } of inputs) {
        const t = performance.now();
        const { report } = await parseReport(bytes, file, { check: true });
        expect(report.error).toBeUndefined();
        perFile.set(file, (perFile.get(file) ?? 0) + performance.now() - t);
      }
    }
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const wallSeconds = (performance.now() - wall) / 1000;
    const n = rounds * inputs.length;
    for (const [file, ms] of perFile) console.log(`${(ms / rounds).toFixed(0).padStart(6)} ms  ${path.basename(path.dirname(file))}/${path.basename(file)}`);
    console.log(`${n} reports: ${(n / cpuSeconds).toFixed(1)} reports/s per core (CPU ${cpuSeconds.toFixed(1)} s), ${(n / wallSeconds).toFixed(1)} reports/s wall`);
    expect(n).toBeGreaterThan(0);
  }, 600_000);
});
