/** Detecting Traditional script and converting it to Simplified for matching (opencc-js, loaded on first use). */
import { createRequire } from 'node:module';

type Convert = (text: string) => string;
let converter: Convert | undefined;
let reverse: Convert | undefined;

/** Frequent characters that exist only in Traditional script (Simplified text never contains them). */
const TRADITIONAL_ONLY = new Set(
  Array.from(
    '與個們這說時國會開關發過還對報資應處號實際業體機構請辦結轉總計權護類務執審訴維糾據數條項規範檔費網經濟區縣鄉鎮門導覽統歸屬於無複議認訊響寫書點單樣頁問題現將進並貳參為從產傳優勢動態標準備設劃專欄聯繫絡電話郵編內層級係華協調衛視聽線監責評環農財稅廳場營銷購買價運輸車輛駕駛證職稱鑑醫療藥飲決義達況復歷檢査幾啟彙畫圖館顯記錄嚴厲',
  ),
);

/** One byte per UTF-16 code unit: 1 where the character exists only in Traditional script. */
const TRADITIONAL_TABLE = new Uint8Array(65536);
for (const ch of TRADITIONAL_ONLY) TRADITIONAL_TABLE[ch.charCodeAt(0)] = 1;

/** True when the text is (mostly) Traditional script: enough Traditional-only characters. */
export function isTraditional(text: string): boolean {
  const limit = Math.min(text.length, 6000);
  let hits = 0;
  for (let i = 0; i < limit; i++) if (TRADITIONAL_TABLE[text.charCodeAt(i)] === 1 && ++hits >= 8) return true;
  return false;
}

/** charCode → Simplified charCode (0 where the character does not change). */
let simplifiedOf: Uint16Array | undefined;

/**
 * Traditional → Simplified, character by character (opencc's character and variant tables, read
 * once into a table): labels only need characters mapped, and phrase rewriting would change words.
 */
export function toSimplified(text: string): string {
  simplifiedOf ??= buildSimplifiedTable();
  const table = simplifiedOf;
  let out: string | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const mapped = table[text.charCodeAt(i)]!;
    if (mapped === 0) continue;
    out = (out ?? '') + text.slice(last, i) + String.fromCharCode(mapped);
    last = i + 1;
  }
  return out === null ? text : out + text.slice(last);
}

function buildSimplifiedTable(): Uint16Array {
  const require = createRequire(import.meta.url);
  const opencc = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Convert };
  converter = opencc.Converter({ from: 'tw', to: 'cn' });
  // Every CJK character on its own line, so no two characters are read as a phrase.
  const chars: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  const converted = converter(chars.join('\n')).split('\n');
  const table = new Uint16Array(65536);
  chars.forEach((ch, i) => {
    const to = converted[i]!;
    if (to !== ch && to.length === 1) table[ch.charCodeAt(0)] = to.charCodeAt(0);
  });
  return table;
}

/** Simplified → Traditional (Taiwan forms), for rendering test documents the way mirror sites print them. */
export function toTraditional(text: string): string {
  if (!reverse) {
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): Convert };
    reverse = opencc.Converter({ from: 'cn', to: 'tw' });
  }
  return reverse(text);
}
