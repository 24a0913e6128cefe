/** The five seed reports give exactly their verified values and no arithmetic finding. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/parse.js';
import { ARITHMETIC_RULE_IDS } from '../../src/rules/index.js';
import { cellDifferences } from '../helpers/cells.js';
import { REPO_ROOT, type Gold } from '../helpers/shared.js';

const samples = path.join(REPO_ROOT, 'samples');
const golds = path.join(REPO_ROOT, 'test/fixtures/seeds');

describe('seed reports', () => {
  for (const file of readdirSync(golds)) {
    const name = file.replace('.gold.json', '');
    const gold = JSON.parse(readFileSync(path.join(golds, file), 'utf8')) as Gold;
    it(`${name} gives its gold values`, async () => {
      const source = path.join(samples, `${name}.txt`);
      const { report } = await parseReport(readFileSync(source), source, { check: true });
      expect(report.error).toBeUndefined();
      expect(report.meta.template).toBe(gold.template);
      expect(cellDifferences(report, gold.cells)).toEqual([]);
      for (const key of ['agency', 'year', 'publishDate'] as const) {
        if (gold.meta[key] !== null) expect(report.meta[key], key).toBe(gold.meta[key]);
      }
      const arithmetic = report.findings.filter((f) => ARITHMETIC_RULE_IDS.includes(f.rule));
      expect(arithmetic).toEqual([]);
    });
  }
});
