/** Every corpus rule (checks over two stored reports), in the order their findings are listed. */
import carriedOver from './carried-over.js';
import inForce from './in-force.js';
import type { CorpusRule } from './rule.js';
import sameNumbers from './same-numbers.js';
import similarText from './similar-text.js';

export const CORPUS_RULES: readonly CorpusRule[] = [carriedOver, inForce, sameNumbers, similarText];

export const PREVIOUS_RULES = CORPUS_RULES.filter((r) => r.needs === 'previous');
export const SIMILAR_RULES = CORPUS_RULES.filter((r) => r.needs === 'similar');

export { defineCorpusRule, type CorpusRule, type CorpusRuleContext, type SimilarSection, type StoredReport } from './rule.js';
