/** Text normalisation for matching labels: one canonical form for every variant real reports print. */
import { toSimplified } from './script.js';

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』〝〞＂]/g;
const LIST_MARK = /(\d)[、.．,，]/g;

/**
 * Canonical form of a label for matching: NFKC (full-width → half-width brackets, colons, digits),
 * Traditional → Simplified when the document is Traditional, zh-TW vocabulary mapped back,
 * whitespace and quote marks removed, "1、" and "1．" written "1.".
 */
export function normalizeLabel(text: string, traditional = false): string {
  let s = text.normalize('NFKC');
  if (traditional) s = toSimplified(s);
  s = s.replace(WHITESPACE, '').replace(QUOTES, '');
  if (s.includes('档案') || s.includes('资讯')) s = s.replace(/规范性档案/g, '规范性文件').replace(/资讯/g, '信息');
  return s.replace(LIST_MARK, '$1.');
}

/** Whitespace collapsed and trimmed, otherwise as printed (for output text). */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** Key form used by the legacy table: whitespace removed, full-width brackets and colons half-width. */
export function legacyKeyPart(text: string): string {
  return text
    .replace(WHITESPACE, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':');
}
