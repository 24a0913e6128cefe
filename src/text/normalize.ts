/** Text normalisation for matching labels: one canonical form for every variant real reports print. */
import { toSimplified } from './script.js';

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
/** Whitespace and quote marks, removed in one pass. */
const DROPPED = /[\s\u00a0\u3000\u200b\ufeff"'“”‘’「」『』〝〞＂]+/g;
const LIST_MARK = /(\d)[、.．,，]/g;
const HAS_LIST_MARK = /\d[、．,，]/;

/**
 * Canonical form of a label for matching: NFKC (full-width → half-width brackets, colons, digits),
 * Traditional → Simplified when the document is Traditional, zh-TW vocabulary mapped back,
 * whitespace and quote marks removed, "1、" and "1．" written "1.".
 */
/** Characters NFKC changes in these documents: full-width forms, ideographic space, compatibility ideographs, enclosed numbers. */
const NEEDS_NFKC = /[\u00a0-\u00ff\u2000-\u2bff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]/;

export function normalizeLabel(text: string, traditional = false): string {
  let s = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  if (traditional) s = toSimplified(s);
  s = s.replace(DROPPED, '');
  if (traditional && (s.includes('档案') || s.includes('资讯'))) s = s.replace(/规范性档案/g, '规范性文件').replace(/资讯/g, '信息');
  // 答覆/反覆 (Taiwan forms, also seen in Simplified text) are 答复/反复.
  if (s.includes('覆')) s = s.replace(/答覆/g, '答复').replace(/反覆/g, '反复');
  return HAS_LIST_MARK.test(s) ? s.replace(LIST_MARK, '$1.') : s;
}

/** Key form used by the legacy table: whitespace removed, full-width brackets and colons half-width. */
export function legacyKeyPart(text: string): string {
  return text
    .replace(WHITESPACE, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':');
}
