/**
 * A decoded page → a small tree of block elements and text runs. htmlparser2 only tokenises (nothing
 * from the page is executed or fetched); inline elements dissolve into the text of their block, page
 * chrome and hidden elements are dropped, and limits stop hostile pages before they cost too much.
 */
import { Parser } from 'htmlparser2';
import { ReadError } from '../../model/document.js';
import { BLOCK_TAGS, CHROME_TAGS, isHidden } from './tags.js';

export interface ElementNode {
  kind: 'element';
  tag: string;
  /** Offset of the start tag's "<" in the decoded page. */
  start: number;
  /** Offset of the end of the element (its end tag, or where it was implicitly closed). */
  end: number;
  /** Position in document order (parents before children). */
  index: number;
  parent: ElementNode | null;
  children: TreeNode[];
  rowSpan?: string;
  colSpan?: string;
}

export interface TextNode {
  kind: 'text';
  /** Raw text of consecutive inline content (entities decoded, whitespace as in the source). */
  text: string;
  start: number;
  /** Inside <a>: navigation rather than report text, for the content finder. */
  link: boolean;
  parent: ElementNode;
}

export interface BreakNode {
  kind: 'break';
  start: number;
}

export type TreeNode = ElementNode | TextNode | BreakNode;

export interface PageTree {
  root: ElementNode;
  /** Every element in document order (root first). */
  elements: ElementNode[];
  /** Every text run in document order. */
  texts: TextNode[];
  /** Texts of the page's <title> elements. */
  titles: string[];
  /** <meta name|property|http-equiv content> pairs, names lower-cased. */
  metas: Map<string, string>;
}

export interface TreeLimits {
  /** Deepest element nesting accepted (htmlparser2's open-element stack is quadratic beyond a few thousand). */
  maxDepth: number;
  /** Most elements and text runs kept. */
  maxNodes: number;
  /** Parsing stops with an error after this many milliseconds. */
  timeLimitMs: number;
}

/** A long report page has tens of thousands of nodes; half a million is a generated or hostile page. */
export const DEFAULT_LIMITS: TreeLimits = { maxDepth: 2000, maxNodes: 500_000, timeLimitMs: 8000 };

const enum Frame {
  Inline,
  Element,
  Skip,
  Link,
  Title,
}

/** Chunk size for feeding the parser, so the time limit is checked regularly. */
const CHUNK = 1 << 18;

export function buildTree(html: string, limits: TreeLimits = DEFAULT_LIMITS): PageTree {
  const root: ElementNode = { kind: 'element', tag: '#root', start: 0, end: html.length, index: 0, parent: null, children: [] };
  const elements: ElementNode[] = [root];
  const texts: TextNode[] = [];
  const titles: string[] = [];
  const metas = new Map<string, string>();
  // Mirrors htmlparser2's stack of open elements: one frame per onopentagname, popped by onclosetag.
  const frames: Frame[] = [];
  let current = root;
  let skipDepth = 0;
  let linkDepth = 0;
  let title: string | null = null;
  let nodes = 0;
  // Whitespace between elements (source indentation) only matters when text follows in the same run,
  // so it becomes a node then; most of it never does, which saves a node per tag on formatted pages.
  let space: { text: string; parent: ElementNode; children: number } | null = null;

  const count = (): void => {
    if (++nodes > limits.maxNodes) {
      throw new ReadError('html-too-complex', `网页元素过多（超过 ${limits.maxNodes} 个），无法读取。`);
    }
  };

  const parser: Parser = new Parser(
    {
      onopentagname() {
        if (frames.length >= limits.maxDepth) {
          throw new ReadError('html-too-deep', `网页的标签嵌套超过 ${limits.maxDepth} 层，无法可靠读取（网页可能已损坏或被恶意构造）。`);
        }
        frames.push(Frame.Inline); // refined in onopentag once the attributes are known
      },
      onopentag(name, attribs) {
        const top = frames.length - 1;
        if (skipDepth > 0) {
          frames[top] = Frame.Skip;
          skipDepth++;
          return;
        }
        if (name === 'meta') {
          const key = (attribs.name ?? attribs.property ?? attribs['http-equiv'])?.toLowerCase();
          if (key && attribs.content !== undefined && !metas.has(key)) metas.set(key, attribs.content);
          return;
        }
        if (name === 'title') {
          frames[top] = Frame.Title;
          skipDepth++;
          title = '';
          return;
        }
        if (CHROME_TAGS.has(name) || isHidden(attribs)) {
          frames[top] = Frame.Skip;
          skipDepth++;
          return;
        }
        if (name === 'br') {
          count();
          current.children.push({ kind: 'break', start: parser.startIndex });
          return;
        }
        if (name === 'a') {
          frames[top] = Frame.Link;
          linkDepth++;
          return;
        }
        if (!BLOCK_TAGS.has(name)) return;
        count();
        const element: ElementNode = { kind: 'element', tag: name, start: parser.startIndex, end: parser.startIndex, index: elements.length, parent: current, children: [] };
        if (attribs.rowspan !== undefined) element.rowSpan = attribs.rowspan;
        if (attribs.colspan !== undefined) element.colSpan = attribs.colspan;
        current.children.push(element);
        elements.push(element);
        current = element;
        frames[top] = Frame.Element;
      },
      onclosetag() {
        const frame = frames.pop();
        if (frame === Frame.Element) {
          current.end = parser.endIndex + 1;
          current = current.parent ?? root;
        } else if (frame === Frame.Skip) {
          skipDepth--;
        } else if (frame === Frame.Link) {
          linkDepth--;
        } else if (frame === Frame.Title) {
          skipDepth--;
          if (title !== null) titles.push(title);
          title = null;
        }
      },
      ontext(data) {
        if (skipDepth > 0) {
          if (title !== null && frames[frames.length - 1] === Frame.Title) title += data;
          return;
        }
        const link = linkDepth > 0;
        // Whitespace held back since the last node was added to this element belongs before the text.
        const held = space && space.parent === current && space.children === current.children.length ? space : null;
        space = null;
        const last = current.children[current.children.length - 1];
        if (last && last.kind === 'text' && last.link === link) {
          last.text += held ? held.text + data : data;
          return;
        }
        if (isBlank(data)) {
          space = { text: (held?.text ?? '') + data, parent: current, children: current.children.length };
          return;
        }
        count();
        const node: TextNode = { kind: 'text', text: held ? held.text + data : data, start: parser.startIndex, link, parent: current };
        current.children.push(node);
        texts.push(node);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  const deadline = performance.now() + limits.timeLimitMs;
  for (let i = 0; i < html.length; i += CHUNK) {
    parser.write(html.slice(i, i + CHUNK));
    if (performance.now() > deadline) {
      throw new ReadError('html-timeout', `网页过于复杂，${Math.round(limits.timeLimitMs / 1000)} 秒内未能读完。`);
    }
  }
  parser.end();
  return { root, elements, texts, titles, metas };
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12 && c !== 0xa0 && c !== 0x3000) return false;
  }
  return true;
}
