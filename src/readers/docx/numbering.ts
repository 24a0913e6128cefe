/**
 * Word automatic numbering (word/numbering.xml): the "一、" of a section heading often lives here,
 * not in the text. Counters follow Word: lists that share an abstract definition continue each
 * other, a w:startOverride restarts its list where that list is first used, a level restarts
 * when a higher level is used (unless w:lvlRestart says otherwise), and using a level starts the
 * levels above it.
 */
import { formatNumber } from './number-format.js';
import type { Styles } from './styles.js';
import { child, children, type XmlNode } from './xml.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level whose use restarts this one; 0 = never; undefined = any higher level. */
  restart?: number;
  isLgl: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: Map<number, Level>;
  /** The definition lives in the list a numbering style points at. */
  numStyleLink?: string;
}

interface Override {
  start?: number;
  level?: Level;
}

interface Num {
  abstractId: string;
  overrides: Map<number, Override>;
}

const MAX_LEVELS = 9;
/** Punctuation that already separates a number from its text: a tab after it renders as nothing. */
const ENDS_WITH_SEPARATOR = /[、.．,，:：)）\]】〕」』\s]$/;

function readLevel(node: XmlNode): Level {
  const val = (local: string): string | undefined => child(node, local)?.attrs.val;
  const start = Number(val('start') ?? '0');
  const level: Level = {
    start: Number.isFinite(start) ? start : 0,
    numFmt: val('numFmt') ?? 'decimal',
    lvlText: val('lvlText') ?? '',
    isLgl: child(node, 'isLgl') !== undefined && val('isLgl') !== 'false' && val('isLgl') !== '0',
    suffix: (['tab', 'space', 'nothing'] as const).find((s) => s === val('suff')) ?? 'tab',
  };
  const restart = val('lvlRestart');
  if (restart !== undefined && /^\d+$/.test(restart)) level.restart = Number(restart);
  const pStyle = val('pStyle');
  if (pStyle) level.pStyle = pStyle;
  return level;
}

const levelIndex = (node: XmlNode): number => {
  const n = Number(node.attrs.ilvl ?? '0');
  return Number.isInteger(n) && n >= 0 && n < MAX_LEVELS ? n : -1;
};

export class Numbering {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  private constructor(
    private readonly abstracts: ReadonlyMap<string, AbstractNum>,
    private readonly nums: ReadonlyMap<string, Num>,
    private readonly styles: Styles,
  ) {}

  static none(styles: Styles): Numbering {
    return new Numbering(new Map(), new Map(), styles);
  }

  static parse(root: XmlNode, styles: Styles): Numbering {
    const numbering = child(root, 'numbering');
    const abstracts = new Map<string, AbstractNum>();
    for (const node of children(numbering, 'abstractNum')) {
      const id = node.attrs.abstractNumId;
      if (id === undefined) continue;
      const abstract: AbstractNum = { id, levels: new Map() };
      for (const lvl of children(node, 'lvl')) {
        const index = levelIndex(lvl);
        if (index >= 0) abstract.levels.set(index, readLevel(lvl));
      }
      const link = child(node, 'numStyleLink')?.attrs.val;
      if (link) abstract.numStyleLink = link;
      abstracts.set(id, abstract);
    }
    const nums = new Map<string, Num>();
    for (const node of children(numbering, 'num')) {
      const id = node.attrs.numId;
      const abstractId = child(node, 'abstractNumId')?.attrs.val;
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, Override>();
      for (const o of children(node, 'lvlOverride')) {
        const index = levelIndex(o);
        if (index < 0) continue;
        const override: Override = {};
        const start = child(o, 'startOverride')?.attrs.val;
        if (start !== undefined && Number.isFinite(Number(start))) override.start = Number(start);
        const lvl = child(o, 'lvl');
        if (lvl) override.level = readLevel(lvl);
        overrides.set(index, override);
      }
      nums.set(id, { abstractId, overrides });
    }
    return new Numbering(abstracts, nums, styles);
  }

  /** The abstract definition a list uses, following one numbering-style link (w:numStyleLink). */
  private abstractOf(num: Num): AbstractNum | undefined {
    const abstract = this.abstracts.get(num.abstractId);
    if (!abstract?.numStyleLink) return abstract;
    const linkedNumId = this.styles.numIdOfStyle(abstract.numStyleLink);
    const linked = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId);
    const target = linked ? this.abstracts.get(linked.abstractId) : undefined;
    return target && !target.numStyleLink ? target : abstract;
  }

  /**
   * The number label of a paragraph in list `numId` at level `ilvl` ("一、", "（二）", "3."),
   * advancing the counters; '' for a bullet or an unknown list. Call once per paragraph, in order.
   */
  next(numId: string, ilvl: number | undefined, styleId: string | undefined): string {
    if (numId === '0') return '';
    const num = this.nums.get(numId);
    const abstract = num && this.abstractOf(num);
    if (!num || !abstract) return '';
    const levelOf = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abstract.levels.get(i);
    let index = ilvl;
    if (index === undefined) {
      index = 0;
      for (const [i, level] of abstract.levels) if (styleId !== undefined && level.pStyle === styleId) index = i;
    }
    const level = levelOf(index);
    if (!level) return '';
    const startOf = (i: number): number => num.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0;

    let counters = this.counters.get(abstract.id);
    if (!counters) this.counters.set(abstract.id, (counters = []));
    if (!this.started.has(numId)) {
      // A list instance with start overrides begins afresh at those levels the first time it is used.
      this.started.add(numId);
      for (const [i, o] of num.overrides) if (o.start !== undefined) counters[i] = undefined;
    }
    // A sub-item before any item above it starts the levels above (at their start value), as Word and
    // LibreOffice count: （一）（二） then a top-level item numbers that item 二、.
    for (let higher = 0; higher < index; higher++) counters[higher] ??= startOf(higher);
    const current = counters[index];
    counters[index] = current === undefined ? startOf(index) : current + 1;
    for (let deeper = index + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && index <= restart - 1)) counters[deeper] = undefined;
    }

    if (level.numFmt === 'bullet') return '';
    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const value = counters[i] ?? startOf(i);
      return formatNumber(value, level.isLgl ? 'decimal' : (levelOf(i)?.numFmt ?? 'decimal'));
    });
    if (label === '') return '';
    if (level.suffix === 'space') return `${label} `;
    if (level.suffix === 'nothing' || ENDS_WITH_SEPARATOR.test(label)) return label;
    return `${label} `;
  }
}
