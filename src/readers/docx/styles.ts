/** Paragraph styles of word/styles.xml: which style makes a heading, and which carries list numbering. */
import { child, children, type XmlNode } from './xml.js';

interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

export interface NumberingRef {
  numId: string;
  /** Absent when the style names the list but not the level (the list's level that links the style then applies). */
  ilvl?: number;
}

const HEADING_NAME = /^(?:heading|标题|標題)\s*(\d)$/i;
/** basedOn chains are short; a longer one is a cycle or a hostile file. */
const MAX_CHAIN = 32;

export class Styles {
  /** Resolved answers by style id: a document asks for the same few styles thousands of times. */
  private readonly headingCache = new Map<string | undefined, number | undefined>();
  private readonly numberingCache = new Map<string | undefined, NumberingRef | undefined>();

  private constructor(
    private readonly styles: ReadonlyMap<string, StyleDef>,
    /** The style of a paragraph that names none (w:default="1"). */
    readonly defaultParagraphStyle: string | undefined,
  ) {}

  static readonly empty = new Styles(new Map(), undefined);

  static parse(root: XmlNode): Styles {
    const map = new Map<string, StyleDef>();
    let defaultStyle: string | undefined;
    for (const node of children(child(root, 'styles'), 'style')) {
      // Numbering styles are kept too: abstract lists point at them through w:numStyleLink.
      const type = node.attrs.type ?? 'paragraph';
      if (type !== 'paragraph' && type !== 'numbering') continue;
      const id = node.attrs.styleId;
      if (!id) continue;
      const def: StyleDef = { id, name: child(node, 'name')?.attrs.val ?? '' };
      const basedOn = child(node, 'basedOn')?.attrs.val;
      if (basedOn) def.basedOn = basedOn;
      const pPr = child(node, 'pPr');
      const outline = child(pPr, 'outlineLvl')?.attrs.val;
      if (outline !== undefined && /^\d+$/.test(outline)) def.outlineLevel = Number(outline);
      const numPr = child(pPr, 'numPr');
      const numId = child(numPr, 'numId')?.attrs.val;
      if (numId !== undefined) def.numId = numId;
      const ilvl = child(numPr, 'ilvl')?.attrs.val;
      if (ilvl !== undefined && /^\d+$/.test(ilvl)) def.ilvl = Number(ilvl);
      if (type === 'paragraph' && (node.attrs.default === '1' || node.attrs.default === 'true')) defaultStyle ??= id;
      map.set(id, def);
    }
    return new Styles(map, defaultStyle);
  }

  private *chain(styleId: string | undefined): Generator<StyleDef> {
    let id = styleId ?? this.defaultParagraphStyle;
    for (let i = 0; id !== undefined && i < MAX_CHAIN; i++) {
      const def = this.styles.get(id);
      if (!def) return;
      yield def;
      id = def.basedOn;
    }
  }

  /** 1-based heading level from the paragraph's own outline level or its style (Heading n, 标题 n, outline level). */
  headingLevel(styleId: string | undefined, directOutline: number | undefined): number | undefined {
    if (directOutline !== undefined) return directOutline <= 8 ? directOutline + 1 : undefined;
    if (this.headingCache.has(styleId)) return this.headingCache.get(styleId);
    const level = this.styleHeadingLevel(styleId);
    this.headingCache.set(styleId, level);
    return level;
  }

  private styleHeadingLevel(styleId: string | undefined): number | undefined {
    for (const def of this.chain(styleId)) {
      if (def.outlineLevel !== undefined) return def.outlineLevel <= 8 ? def.outlineLevel + 1 : undefined;
      const named = HEADING_NAME.exec(def.name);
      if (named) return Number(named[1]);
    }
    return undefined;
  }

  /** The list a style numbers its paragraphs with, inherited through basedOn. */
  numbering(styleId: string | undefined): NumberingRef | undefined {
    if (this.numberingCache.has(styleId)) return this.numberingCache.get(styleId);
    const ref = this.styleNumbering(styleId);
    this.numberingCache.set(styleId, ref);
    return ref;
  }

  private styleNumbering(styleId: string | undefined): NumberingRef | undefined {
    for (const def of this.chain(styleId)) {
      if (def.numId !== undefined) {
        const ref: NumberingRef = { numId: def.numId };
        if (def.ilvl !== undefined) ref.ilvl = def.ilvl;
        return ref;
      }
    }
    return undefined;
  }

  /** The numbering a numbering style (w:numStyleLink target) points at. */
  numIdOfStyle(styleId: string): string | undefined {
    return this.styles.get(styleId)?.numId;
  }

  has(styleId: string): boolean {
    return this.styles.has(styleId);
  }
}
