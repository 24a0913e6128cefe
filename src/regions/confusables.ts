/**
 * Characters that OCR and hurried typing confuse in place names (one stroke or dot apart).
 * Used only to correct a place name that is not in the official list into one that is.
 */
const PAIRS = ['沐沭', '洒泗', '丕邳', '毫亳', '汨汩', '雎睢', '旴盱', '贻眙', '戈弋', '沪泸', '沆沅', '邘邗', '邙邛', '郏郟', '卲邵', '汶汝', '泾经', '未末', '己已', '日曰'];

const partners = new Map<string, string[]>();
for (const [a, b] of PAIRS.map((p) => Array.from(p) as [string, string])) {
  partners.set(a, [...(partners.get(a) ?? []), b]);
  partners.set(b, [...(partners.get(b) ?? []), a]);
}

export const confusablesOf = (ch: string): readonly string[] => partners.get(ch) ?? [];
