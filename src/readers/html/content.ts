/**
 * Where the report is on the page: the smallest element holding (nearly) all of the report's
 * vocabulary — or, on pages without it, most of the text that is not link text — widened back to the
 * report's title when the title sits just before that element (an <h1> above the article body).
 */
import type { PageStats } from './stats.js';
import { visibleText } from './stats.js';
import { classifyTable, tableParts } from './tables.js';
import type { ElementNode, PageTree, TextNode } from './tree.js';
import { TITLE_LIKE } from './vocabulary.js';

export interface ContentRegion {
  /** The element to walk. */
  container: ElementNode;
  /** Only text starting in [from, to) is report text. */
  from: number;
  to: number;
  /** Whether the report's vocabulary located it (otherwise: the element with most of the text). */
  byVocabulary: boolean;
}

/** Share of the report's vocabulary a child must hold to be taken as the container. */
const MARKER_SHARE = 0.9;
/** Without vocabulary: share of the visible text. */
const WEIGHT_SHARE = 0.8;
const MIN_MARKERS = 3;
/** Most visible characters between a title and the body it heads (a date line, share buttons). */
const TITLE_GAP = 600;

export function findContent(tree: PageTree, stats: PageStats): ContentRegion {
  const core = descend(tree.root, stats);
  const byVocabulary = stats.markers[tree.root.index]! >= MIN_MARKERS;
  const title = titleBefore(tree, core, stats);
  if (!title) return { container: core, from: core.start, to: core.end, byVocabulary };
  return { container: commonAncestor(title.parent, core), from: title.start, to: core.end, byVocabulary };
}

function descend(root: ElementNode, stats: PageStats): ElementNode {
  let node = root;
  for (;;) {
    if (node.tag === 'table' && classifyTable(tableParts(node), stats) !== 'layout') return node;
    const byMarkers = stats.markers[node.index]! >= MIN_MARKERS;
    const measureOf = byMarkers ? stats.markers : stats.weight;
    const total = measureOf[node.index]!;
    let best: ElementNode | null = null;
    for (const child of node.children) {
      if (child.kind === 'element' && (!best || measureOf[child.index]! > measureOf[best.index]!)) best = child;
    }
    if (!best || total === 0 || measureOf[best.index]! < total * (byMarkers ? MARKER_SHARE : WEIGHT_SHARE)) return node;
    node = best;
  }
}

/**
 * The report title printed just before the body (not inside a link, a report table or the page's
 * metadata table), when the body does not start with one itself.
 */
function titleBefore(tree: PageTree, core: ElementNode, stats: PageStats): TextNode | null {
  const texts = tree.texts;
  const first = firstTextFrom(texts, core.start);
  // The body's own first lines name the report: nothing to add.
  let seen = 0;
  for (let i = first; i < texts.length && seen < 5; i++) {
    const t = texts[i]!;
    if (t.start >= core.end) break;
    const visible = visibleText(t.text);
    if (visible === '' || t.link) continue;
    if (isTitle(visible)) return null;
    seen++;
  }
  let gap = 0;
  let after = ''; // the visible text that follows, for a title broken over two lines
  for (let i = first - 1; i >= 0 && gap <= TITLE_GAP; i--) {
    const t = texts[i]!;
    if (t.link) continue;
    const visible = visibleText(t.text);
    if (visible === '') continue;
    const titled = isTitle(visible) || isTitle(visible + after);
    if (titled && !inTable(t, stats)) return agencyLineBefore(texts, i) ?? t;
    gap += visible.length;
    after = visible;
  }
  return null;
}

/** A title line: short, not a sentence, naming a year and 政府信息公开 … 报告. */
function isTitle(visible: string): boolean {
  return visible.length <= 64 && !/[。；，,！？]/.test(visible) && TITLE_LIKE.test(visible);
}

/** A title printed over two lines: "沭阳县发展和改革局" / "2023年政府信息公开年度报告". */
function agencyLineBefore(texts: readonly TextNode[], i: number): TextNode | null {
  const title = visibleText(texts[i]!.text);
  if (!/^(?:19|20)\d{2}/.test(title)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const t = texts[j]!;
    const visible = visibleText(t.text);
    if (visible === '') continue;
    return !t.link && visible.length <= 40 && !/[:：。，,]/.test(visible) ? t : null;
  }
  return null;
}

function inTable(text: TextNode, stats: PageStats): boolean {
  for (let e: ElementNode | null = text.parent; e; e = e.parent) {
    if (e.tag === 'table') return classifyTable(tableParts(e), stats) !== 'layout';
  }
  return false;
}

/** Index of the first text run starting at or after an offset (text runs are in document order). */
function firstTextFrom(texts: readonly TextNode[], offset: number): number {
  let lo = 0;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (texts[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonAncestor(a: ElementNode, b: ElementNode): ElementNode {
  const ancestors = new Set<ElementNode>();
  for (let e: ElementNode | null = a; e; e = e.parent) ancestors.add(e);
  for (let e: ElementNode | null = b; e; e = e.parent) if (ancestors.has(e)) return e;
  return b;
}
