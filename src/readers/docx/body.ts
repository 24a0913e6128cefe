/**
 * word/document.xml → paragraphs and tables in reading order, in one streaming pass.
 *
 * What Word shows is what is read: tracked insertions kept and deletions dropped, field results
 * kept and field codes dropped, hidden runs dropped, text boxes read where they are anchored,
 * list numbers rendered into the text. Locations: {paragraph} counts every w:p in document order
 * and {table, row, cell} every w:tbl, and each table's w:tr and w:tc, all 1-based as in Word's
 * object model (Paragraphs(n), Tables(n).Rows(r).Cells(c)).
 */
import type { ReaderWarning } from '../../model/document.js';
import type { Location } from '../../model/report.js';
import type { CellModel, Item, Merge, RowModel, TableModel } from './content.js';
import type { Numbering } from './numbering.js';
import { withoutFormatting } from './prefilter.js';
import type { Styles } from './styles.js';
import { attr, MC_NAMESPACE, parseXml, W_NAMESPACES, type XmlAttributes, type XmlHandlers, type XmlName } from './xml.js';

/** Tables nested deeper than this are read as plain content of the cell that holds them. */
const MAX_TABLE_DEPTH = 16;

/** Whole subtrees that show nothing: deletions, old formatting kept by tracked changes, field codes, section setup. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'delText', 'delInstrText', 'instrText',
  'pPrChange', 'rPrChange', 'sectPrChange', 'tblPrChange', 'tblGridChange', 'trPrChange', 'tcPrChange', 'numberingChange',
  'sectPr', 'sdtEndPr', 'rt', 'tblPr', 'tblGrid',
]);

/** What an element name is to the reader (remembered on the shared XmlName). */
const OTHER = 1;
const COMPATIBILITY = 2;
const WORD = 3;
const WORD_SKIPPED = 4;

function classify(name: XmlName): number {
  if (name.uri === MC_NAMESPACE) return COMPATIBILITY;
  if (!W_NAMESPACES.has(name.uri)) return OTHER;
  return SKIPPED.has(name.local) ? WORD_SKIPPED : WORD;
}

/** Flags of an open element. */
const BRANCH_TAKEN = 1; // mc:AlternateContent: one branch has been read
const OPENED_SINK = 2; // a table cell: its end closes the sink it opened
const PLACEHOLDER = 4; // a content control showing its placeholder ("单击此处输入文字"), not content

interface Paragraph {
  parts: string[];
  loc: Location;
  sink: Item[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outline?: number;
  /** The list number, once rendered (rendered at most once even when a text box splits the paragraph). */
  label?: string;
}

interface Field {
  phase: 'code' | 'result';
}

export interface BodyReading {
  items: Item[];
  warnings: ReaderWarning[];
}

/** Reads the body; throws XmlSyntaxError for malformed XML and XmlDepthError for absurd nesting. */
export function readBody(xml: string, styles: Styles, numbering: Numbering): BodyReading {
  const reader = new BodyReader(styles, numbering);
  parseXml(withoutFormatting(xml), reader);
  return { items: reader.items, warnings: reader.warnings };
}

class BodyReader implements XmlHandlers {
  readonly items: Item[] = [];
  readonly warnings: ReaderWarning[] = [];
  /** Open elements: the local name of a Word element, 'mc:' + local for markup compatibility, '' for any other. */
  private readonly frames: string[] = [];
  private readonly flags: number[] = [];
  /** Depth inside a skipped subtree (0: not skipping). */
  private skipping = 0;
  private readonly sinks: Item[][] = [this.items];
  private readonly paragraphs: Paragraph[] = [];
  private readonly hiddenRuns: boolean[] = [];
  private readonly fields: Field[] = [];
  /** Open fields still in their code part: text there is the field's instruction, not its result. */
  private fieldCodes = 0;
  private readonly tables: TableModel[] = [];
  /** Tables past MAX_TABLE_DEPTH currently open. */
  private ignoredTables = 0;
  private inText = false;
  private paragraphCount = 0;
  private tableCount = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** Whether the open elements end with `locals` (innermost first). */
  private isParent(a: string, b?: string, c?: string): boolean {
    const f = this.frames;
    const n = f.length;
    return f[n - 1] === a && (b === undefined || f[n - 2] === b) && (c === undefined || f[n - 3] === c);
  }

  open(name: XmlName, attributes: XmlAttributes): void {
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    const kind = (name.memo ??= classify(name));
    if (kind === COMPATIBILITY) {
      if (name.local === 'Choice' || name.local === 'Fallback') {
        // The branches of mc:AlternateContent say the same thing twice (a text box as DrawingML and as VML): read one.
        const holder = this.flags.length - 1;
        if (this.frames[holder] === 'mc:AlternateContent') {
          if (this.flags[holder]! & BRANCH_TAKEN) {
            this.skipping = 1;
            return;
          }
          this.flags[holder]! |= BRANCH_TAKEN;
        }
      }
      this.push(`mc:${name.local}`, 0);
      return;
    }
    if (kind === OTHER) {
      this.push('', 0);
      return;
    }
    const local = name.local;
    const placeholder = local === 'sdtContent' && this.isParent('sdt') && this.flags[this.flags.length - 1]! & PLACEHOLDER;
    if (placeholder || (kind === WORD_SKIPPED && !(local === 'del' && this.markDeleted()))) {
      this.skipping = 1;
      return;
    }
    this.push(local, this.openWord(local, attributes));
  }

  private push(frame: string, flags: number): void {
    this.frames.push(frame);
    this.flags.push(flags);
  }

  /** w:del inside properties marks its row or paragraph mark as deleted rather than wrapping deleted content. */
  private markDeleted(): boolean {
    if (this.isParent('trPr')) {
      const row = this.currentRow();
      if (row && this.ignoredTables === 0) row.deleted = true;
      return true;
    }
    return this.isParent('rPr');
  }

  /** Handles a Word element's start; returns its flags. */
  private openWord(local: string, attributes: XmlAttributes): number {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    switch (local) {
      case 'p':
        this.paragraphs.push({ parts: [], loc: { paragraph: ++this.paragraphCount }, sink: this.sinks[this.sinks.length - 1]! });
        return 0;
      case 'pStyle':
        if (paragraph && this.isParent('pPr', 'p')) paragraph.styleId = attr(attributes, 'val');
        return 0;
      case 'outlineLvl':
        if (paragraph && this.isParent('pPr', 'p')) paragraph.outline = integer(attr(attributes, 'val'));
        return 0;
      case 'numId':
        if (paragraph && this.isParent('numPr', 'pPr', 'p')) paragraph.numId = attr(attributes, 'val');
        return 0;
      case 'ilvl':
        if (paragraph && this.isParent('numPr', 'pPr', 'p')) paragraph.ilvl = integer(attr(attributes, 'val'));
        return 0;
      case 'r':
        this.hiddenRuns.push(false);
        return 0;
      case 'vanish':
        if (this.isParent('rPr', 'r') && this.hiddenRuns.length > 0) this.hiddenRuns[this.hiddenRuns.length - 1] = isOn(attr(attributes, 'val'));
        return 0;
      case 't':
        this.inText = true;
        return 0;
      case 'tab':
      case 'ptab':
        if (this.isParent('r')) this.append('\t');
        return 0;
      case 'br':
      case 'cr':
        if (this.isParent('r')) this.append('\n');
        return 0;
      case 'noBreakHyphen':
        if (this.isParent('r')) this.append('-');
        return 0;
      case 'sym':
        if (this.isParent('r')) this.append(symbol(attr(attributes, 'char')));
        return 0;
      case 'showingPlcHdr':
        if (this.isParent('sdtPr', 'sdt') && isOn(attr(attributes, 'val'))) this.flags[this.flags.length - 2]! |= PLACEHOLDER;
        return 0;
      case 'fldChar':
        this.fieldChar(attr(attributes, 'fldCharType'));
        return 0;
      case 'txbxContent':
        // A text box is read where it is anchored: what its paragraph said before the anchor comes first.
        if (paragraph) this.flush(paragraph);
        return 0;
      case 'tbl':
        this.openTable();
        return 0;
      case 'tr':
        if (this.ignoredTables === 0) this.tables[this.tables.length - 1]?.rows.push({ cells: [], gridBefore: 0, deleted: false });
        return 0;
      case 'gridBefore':
        if (this.isParent('trPr') && this.ignoredTables === 0) {
          const row = this.currentRow();
          if (row) row.gridBefore = integer(attr(attributes, 'val')) ?? 0;
        }
        return 0;
      case 'tc':
        return this.openCell() ? OPENED_SINK : 0;
      case 'gridSpan':
      case 'vMerge':
      case 'hMerge':
        if (this.isParent('tcPr') && this.ignoredTables === 0) this.cellProperty(local, attr(attributes, 'val'));
        return 0;
      default:
        return 0;
    }
  }

  close(): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const frame = this.frames.pop();
    const flags = this.flags.pop() ?? 0;
    switch (frame) {
      case 'p': {
        const paragraph = this.paragraphs.pop();
        if (paragraph) this.finish(paragraph);
        return;
      }
      case 'r':
        this.hiddenRuns.pop();
        return;
      case 't':
        this.inText = false;
        return;
      case 'tc':
        if (flags & OPENED_SINK) this.sinks.pop();
        return;
      case 'tbl':
        this.closeTable();
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (!this.inText || this.fieldCodes > 0 || this.hiddenRuns[this.hiddenRuns.length - 1] === true) return;
    this.append(text);
  }

  private append(text: string): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (paragraph) paragraph.parts.push(text);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push({ phase: 'code' });
      this.fieldCodes++;
    } else if (type === 'separate') {
      const field = this.fields[this.fields.length - 1];
      if (field?.phase === 'code') {
        field.phase = 'result';
        this.fieldCodes--;
      }
    } else if (type === 'end') {
      if (this.fields.pop()?.phase === 'code') this.fieldCodes--;
    }
  }

  private label(paragraph: Paragraph): string {
    if (paragraph.label !== undefined) return paragraph.label;
    const fromStyle = this.styles.numbering(paragraph.styleId);
    const numId = paragraph.numId ?? fromStyle?.numId;
    const ilvl = paragraph.ilvl ?? (paragraph.numId === undefined ? fromStyle?.ilvl : undefined);
    paragraph.label = numId === undefined ? '' : this.numbering.next(numId, ilvl, paragraph.styleId);
    return paragraph.label;
  }

  /** Emits what the paragraph holds so far (before a text box anchored in it). */
  private flush(paragraph: Paragraph): void {
    if (paragraph.parts.length === 0) return;
    this.emit(paragraph, this.label(paragraph) + paragraph.parts.join(''));
    paragraph.parts = [];
    paragraph.label = '';
  }

  private finish(paragraph: Paragraph): void {
    // A field's code cannot run past its paragraph; an unterminated one must not swallow the rest of the file.
    while (this.fields.length > 0 && this.fields[this.fields.length - 1]!.phase === 'code') {
      this.fields.pop();
      this.fieldCodes--;
    }
    this.emit(paragraph, this.label(paragraph) + paragraph.parts.join(''));
  }

  private emit(paragraph: Paragraph, raw: string): void {
    const text = raw.replace(/[\u00ad\u200b\ufeff]/g, '');
    if (text.trim() === '') return;
    const item: Item = { kind: 'paragraph', text, loc: paragraph.loc };
    const level = this.styles.headingLevel(paragraph.styleId, paragraph.outline);
    if (level !== undefined) item.headingLevel = level;
    paragraph.sink.push(item);
  }

  private currentRow(): RowModel | undefined {
    const table = this.tables[this.tables.length - 1];
    return table?.rows[table.rows.length - 1];
  }

  private openTable(): void {
    this.tableCount++;
    if (this.ignoredTables > 0 || this.tables.length >= MAX_TABLE_DEPTH) {
      if (this.ignoredTables === 0) {
        this.warnings.push({ code: 'docx-tables-too-deep', message: `表格嵌套超过 ${MAX_TABLE_DEPTH} 层，更深的表格按普通文字读取。`, loc: { table: this.tableCount } });
      }
      this.ignoredTables++;
      return;
    }
    this.tables.push({ rows: [], loc: { table: this.tableCount } });
  }

  private closeTable(): void {
    if (this.ignoredTables > 0) {
      this.ignoredTables--;
      return;
    }
    const table = this.tables.pop();
    if (table) this.sinks[this.sinks.length - 1]!.push({ kind: 'table', table });
  }

  private openCell(): boolean {
    if (this.ignoredTables > 0) return false;
    const table = this.tables[this.tables.length - 1];
    if (!table) return false;
    if (table.rows.length === 0) table.rows.push({ cells: [], gridBefore: 0, deleted: false });
    const rowIndex = table.rows.length;
    const row = table.rows[rowIndex - 1]!;
    const cell: CellModel = { items: [], gridSpan: 1, loc: { table: table.loc.table!, row: rowIndex, cell: row.cells.length + 1 } };
    row.cells.push(cell);
    this.sinks.push(cell.items);
    return true;
  }

  private cellProperty(local: string, val: string | undefined): void {
    const row = this.currentRow();
    const cell = row?.cells[row.cells.length - 1];
    if (!cell) return;
    if (local === 'gridSpan') cell.gridSpan = Math.min(Math.max(integer(val) ?? 1, 1), 1000);
    else {
      const merge: Merge = val === 'restart' ? 'restart' : 'continue';
      if (local === 'vMerge') cell.vMerge = merge;
      else cell.hMerge = merge;
    }
  }
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** On/off properties: present means on unless the value says otherwise. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** w:sym: a character by code; codes in the symbol fonts' private area (F000–F0FF) are pictures, not text. */
function symbol(hex: string | undefined): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xf000 && code <= 0xf0ff)) return '';
  return String.fromCodePoint(code);
}
