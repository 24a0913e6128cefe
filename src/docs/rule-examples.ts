/** Running a rule's documented examples: the sample report changed as the example says, rendered, read and checked. */
import { parseReport } from '../core/parse.js';
import type { Finding } from '../model/report.js';
import { exampleDraft } from '../render/sample.js';
import { renderText } from '../render/text.js';
import type { RuleExample } from '../rules/rule.js';

export async function runExample(example: RuleExample): Promise<{ text: string; findings: Finding[] }> {
  const text = renderText(exampleDraft(example), 'markdown');
  const { report } = await parseReport(new TextEncoder().encode(text), 'example.md', { check: true });
  if (report.error) throw new Error(`example did not parse: ${report.error.message}`);
  return { text, findings: report.findings };
}
