/** Every rule Gongkai runs, in the order their findings are listed for a report. */
import type { Rule } from './rule.js';
import nonNegativeInteger from './cells/non-negative-integer.js';
import legacyChannelSum from './legacy/channel-sum.js';
import legacyPartOfTotal from './legacy/part-of-total.js';
import legacySubtotal from './legacy/subtotal.js';
import narrativeApplications from './narrative/applications.js';
import narrativeReviews from './narrative/reviews.js';
import deadline from './report/deadline.js';
import otherYear from './report/other-year.js';
import processingFee from './report/processing-fee.js';
import statisticsPeriod from './report/statistics-period.js';
import templateYear from './report/template-year.js';
import title from './report/title.js';
import sectionsOrder from './sections/order.js';
import sectionsRequired from './sections/required.js';
import sectionsTitle from './sections/title.js';
import columnBalance from './table3/column-balance.js';
import outcomeSum from './table3/outcome-sum.js';
import rowSum from './table3/row-sum.js';
import groupSum from './table4/group-sum.js';

export const RULES: readonly Rule[] = [
  columnBalance,
  rowSum,
  outcomeSum,
  groupSum,
  legacySubtotal,
  legacyPartOfTotal,
  legacyChannelSum,
  nonNegativeInteger,
  templateYear,
  title,
  statisticsPeriod,
  otherYear,
  sectionsRequired,
  sectionsOrder,
  sectionsTitle,
  narrativeApplications,
  narrativeReviews,
  processingFee,
  deadline,
];

export const ARITHMETIC_RULE_IDS: readonly string[] = RULES.filter((r) => r.meta.arithmetic).map((r) => r.meta.id);

export { defineRule, type Rule, type RuleContext, type RuleExample, type RuleMeta } from './rule.js';
export { runRules, sortFindings } from './engine.js';
