/**
 * What the page says about the report outside its body: the title from <title> (without the site's
 * name) and the publication date from the page's metadata fields (公开日期, 发布日期 …) or <meta> tags.
 */
import type { SourceDocument } from '../../model/document.js';
import type { ContentRegion } from './content.js';
import type { ElementNode, PageTree, TextNode } from './tree.js';
import { PUBLISH_LABELS, TITLE_LIKE } from './vocabulary.js';
import { collapseWhitespace } from './whitespace.js';

type Hints = NonNullable<SourceDocument['hints']>;

/**
 * `skipped`: metadata tables inside the region, which the blocks leave out; their fields count as
 * the page's own, like everything outside the region.
 */
export function pageHints(tree: PageTree, region: ContentRegion, skipped: readonly ElementNode[]): Hints {
  const hints: Hints = {};
  const title = titleHint(tree);
  if (title) hints.title = title;
  const outsideBody = (t: TextNode): boolean =>
    t.start < region.from || t.start >= region.to || skipped.some((table) => t.start >= table.start && t.start < table.end);
  const date = dateFromFields(tree, outsideBody, region.from) ?? dateFromMeta(tree.metas);
  if (date) hints.publishDate = date;
  return hints;
}

/** Separators between an article title and the site name: "报告-沭阳县发改局", "报告_某某网", "报告 | 某某". */
const SITE_SEPARATOR = /\s*(?:[-_|｜—–·•]+|\s{2,})\s*/;

function titleHint(tree: PageTree): string | null {
  const candidates = [...tree.titles, tree.metas.get('articletitle') ?? '', tree.metas.get('og:title') ?? '']
    .map(collapseWhitespace)
    .filter((t) => t !== '');
  for (const title of candidates) {
    const parts = title.split(SITE_SEPARATOR).filter((p) => p !== '');
    const report = parts.find((p) => TITLE_LIKE.test(p)) ?? (TITLE_LIKE.test(title) ? title : null);
    if (report) return report;
  }
  const first = candidates[0];
  if (!first) return null;
  // No report title anywhere: the longest part is the page's subject rather than the site's name.
  return first.split(SITE_SEPARATOR).reduce((a, b) => (b.length > a.length ? b : a), '');
}

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/**
 * A labelled date in the page's own fields (text outside the report body). A label and its date may
 * be in one run ("发布日期：2024-01-02") or in neighbouring cells ("公开日期 | 2024-01-17"); among several,
 * the one nearest the report wins (sidebars list other articles' dates).
 */
function dateFromFields(tree: PageTree, outsideBody: (t: TextNode) => boolean, regionStart: number): string | null {
  const outside: { text: string; start: number }[] = [];
  for (const t of tree.texts) {
    if (t.link || !outsideBody(t)) continue;
    const text = collapseWhitespace(t.text);
    if (text !== '') outside.push({ text, start: t.start });
  }
  for (const label of PUBLISH_LABELS) {
    let best: { date: string; distance: number } | null = null;
    outside.forEach((segment, i) => {
      const m = label.exec(segment.text);
      if (!m) return;
      const rest = segment.text.slice(m.index + m[0].length);
      const d = DATE.exec(rest.slice(0, 40)) ?? (/^[\s:：]*$/.test(rest) && outside[i + 1] ? DATE.exec(outside[i + 1]!.text.slice(0, 40)) : null);
      if (!d || (d.index > 0 && !/^[\s:：]*$/.test(rest.slice(0, d.index)))) return;
      const distance = Math.abs(segment.start - regionStart);
      const date = iso(d);
      if (date && (!best || distance < best.distance)) best = { date, distance };
    });
    if (best) return (best as { date: string }).date;
  }
  return null;
}

/** Publication-date <meta> tags of Chinese government CMSs. */
const DATE_METAS = ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'dc.date', 'date'];

function dateFromMeta(metas: ReadonlyMap<string, string>): string | null {
  for (const name of DATE_METAS) {
    const value = metas.get(name);
    const d = value ? DATE.exec(value) : null;
    const date = d ? iso(d) : null;
    if (date) return date;
  }
  return null;
}

/** YYYY-MM-DD, or null for an impossible month or day. */
function iso(m: RegExpExecArray): string | null {
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
