/** Keys of the legacy table in the contract's form: "top-level heading/own label", normalised. */
import { legacyKeyPart } from '../text/normalize.js';
import { LEGACY_BLOCKS, legacyIndicator } from './legacy.js';

const TOP_LEVEL = /^[一二三四五六七八九十]{1,3}、/;

/**
 * The row's key: whitespace removed, brackets and colons half-width, a leading 其中: and an
 * explanatory parenthesis after the label dropped; prefixed by its top-level heading.
 */
export function legacyKey(label: string, top: string | null): { key: string; own: string; isTop: boolean } {
  let own = legacyKeyPart(label).replace(/^其中[:：]?/, '');
  const withoutNote = own.replace(/\([^()]*\)$/, '');
  if (withoutNote.replace(/^\([一二三四五六七八九十]+\)|^\d+\./, '') !== '') own = withoutNote;
  const isTop = TOP_LEVEL.test(own);
  return { key: isTop || top === null ? own : `${top}/${own}`, own, isTop };
}

/** The key an indicator of templates/legacy.ts gets when printed with its official label. */
export function legacyKeyFor(id: string): string {
  const indicator = legacyIndicator(id);
  if (!indicator) throw new Error(`unknown legacy indicator ${id}`);
  const block = LEGACY_BLOCKS.find((b) => b.number === indicator.block)!;
  const top = legacyKey(block.label, null).own;
  return indicator.pattern ? legacyKey(indicator.label + (indicator.note ?? ''), top).key : top;
}
