/**
 * Page furniture: page numbers ("- 1 -", "— 2 —", "第 3 页 共 5 页", "3/5") and header or footer
 * lines repeated in the top or bottom margin of several pages. They are dropped so they never
 * split a paragraph or a table that runs on over a page break.
 */
import type { PageLayout } from './layout.js';

/** Share of the page height counted as top or bottom margin. */
const MARGIN = 0.12;

/** Page numbers that cannot be anything else, wherever they stand. */
const PAGE_NUMBER =
  /^(?:[-—–－‒―~～]\s*\d{1,4}\s*[-—–－‒―~～]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** A bare number is a page number only in the margin (in the body it may be a table value). */
const BARE_NUMBER = /^[-—–－‒―~～·•\s]*\d{1,4}[-—–－‒―~～·•\s]*$/;

export function isPageNumberText(text: string, inMargin: boolean): boolean {
  const t = text.trim();
  return PAGE_NUMBER.test(t) || (inMargin && BARE_NUMBER.test(t));
}

export function dropFurniture(pages: PageLayout[]): void {
  const inMargin = (page: PageLayout, y0: number, y1: number): boolean => y1 <= page.height * MARGIN || y0 >= page.height * (1 - MARGIN);
  // How many pages carry each margin text (digits ignored: "第 2 页" and "第 3 页" are the same furniture).
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const block of page.blocks) {
      if (block.kind !== 'line' || !inMargin(page, block.box.y0, block.box.y1)) continue;
      const key = block.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      let set = seen.get(key);
      if (!set) seen.set(key, (set = new Set()));
      set.add(page.page);
    }
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  for (const page of pages) {
    page.blocks = page.blocks.filter((block) => {
      if (block.kind !== 'line') return true;
      const margin = inMargin(page, block.box.y0, block.box.y1);
      if (isPageNumberText(block.text, margin)) return false;
      if (!margin || pages.length < 2) return true;
      const key = block.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      // Only lines with words are headers or footers; a repeated row of numbers is content.
      if (!/\p{L}/u.test(key)) return true;
      return (seen.get(key)?.size ?? 0) < repeatedOn;
    });
  }
}
