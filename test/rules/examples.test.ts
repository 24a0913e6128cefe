/**
 * Every rule's documented examples are run: the incorrect one draws the rule, the correct one does
 * not. docs/rules.md is regenerated from the same examples and must be up to date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../src/docs/rule-examples.js';
import { rulesMarkdown } from '../../src/docs/rules-doc.js';
import { RULES } from '../../src/rules/index.js';
import { REPO_ROOT } from '../helpers/shared.js';

describe('rule examples', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id}: the incorrect example draws it`, async () => {
      const { findings } = await runExample(rule.meta.examples.incorrect);
      expect(findings.filter((f) => f.rule === rule.meta.id).length).toBeGreaterThan(0);
    });
    it(`${rule.meta.id}: the correct example does not`, async () => {
      const { findings } = await runExample(rule.meta.examples.correct);
      expect(findings.filter((f) => f.rule === rule.meta.id)).toEqual([]);
    });
  }

  it('the sample reports of every template draw no finding at all', async () => {
    for (const template of ['2021', '2019', 'legacy'] as const) {
      const { findings } = await runExample({ description: '', template });
      expect(findings, template).toEqual([]);
    }
  });

  it('rule ids are unique and named like their files', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
  });

  it('docs/rules.md is generated from the rules (run `npm run docs` after changing a rule)', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
    expect(committed).toBe(await rulesMarkdown());
  });
});
