/** Shared by the legacy table rules: evaluating one sum check of templates/legacy.ts. */
import { legacyIndicator, type LegacySumCheck } from '../../templates/legacy.js';
import { formatNumber as n, sumText } from '../format.js';
import type { RuleContext } from '../rule.js';

const shortName = (id: string): string =>
  (legacyIndicator(id)?.label ?? id).replace(/^其中[:：]/, '').replace(/^(?:（[一二三四五六七八九十]）|\d+\.|[一二三四五六七八九十]+、)/, '');

export function evaluateLegacyCheck(ctx: RuleContext, check: LegacySumCheck, explain: string): void {
  const keys = ctx.extraction.legacyKeys;
  const totalKey = keys.get(check.total);
  if (!totalKey) return;
  const present = check.parts.filter((id) => keys.has(id));
  if (present.length === 0) return;
  if (check.relation === 'eq' && present.length < check.parts.filter((id) => id !== 'channelGazette').length) return;
  const total = ctx.cell(`legacy.${totalKey}`);
  const values = present.map((id) => ctx.cell(`legacy.${keys.get(id)!}`));
  if (total == null || values.some((v) => v == null)) return;
  const sum = values.reduce((s, v) => s! + v!, 0)!;
  const holds = check.relation === 'eq' ? Math.abs(sum - total) < 1e-9 : check.relation === 'gte' ? sum >= total : sum <= total;
  if (holds) return;
  const terms = present.map((id, i) => ({ name: shortName(id), value: values[i]! }));
  const relation = check.relation === 'eq' ? '≠' : check.relation === 'gte' ? '>' : '<';
  const cells = [`legacy.${totalKey}`, ...present.map((id) => `legacy.${keys.get(id)!}`)];
  ctx.report({
    message: `统计表「${totalKey}」${n(total)} ${relation} ${sumText(terms)}（${check.ref}）。${explain}`,
    cells,
    severity: check.severity,
  });
}
