/**
 * Parse+check throughput on the DOCX fixtures and the corpus DOCX, in reports per second of CPU
 * time on one core (CPU time rather than wall time, so a busy machine does not distort it).
 * The target is 300/s; the assertion only guards against a gross regression, the figure is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/readers/register.js';
import { parseReport } from '../../../src/core/parse.js';
import { REPO_ROOT } from '../../helpers/shared.js';
import { corpusCases } from '../../helpers/shared.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/docx');
const files: [string, Uint8Array][] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => [f, readFileSync(path.join(FIXTURES, f))]);
for (const c of corpusCases()?.filter((c) => c.source.endsWith('.docx')) ?? []) files.push([c.source, readFileSync(c.source)]);

const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

describe('DOCX throughput', () => {
  it('parses and checks DOCX reports fast enough', async () => {
    for (const [name, bytes] of files) await parseReport(bytes, name, { check: true });
    const start = cpuSeconds();
    let reports = 0;
    while (cpuSeconds() - start < 3) {
      for (const [name, bytes] of files) await parseReport(bytes, name, { check: true });
      reports += files.length;
    }
    const perSecond = reports / (cpuSeconds() - start);
    console.log(`[throughput] DOCX parse+check: ${perSecond.toFixed(0)} reports per CPU second over ${files.length} files (target ≥ 300)`);
    expect(perSecond).toBeGreaterThan(30);
  }, 60_000);
});
