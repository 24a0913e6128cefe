/** A report as a Word document (the `docx` package): headings, paragraphs and the official tables with merged cells. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { draftParts, type ReportDraft } from './draft.js';
import type { Grid } from './grid.js';

const FONT = { name: '仿宋_GB2312', size: 28 };

export async function renderDocx(draft: ReportDraft, options: { blankZeros?: boolean } = {}): Promise<Uint8Array> {
  const formatValue = (value: number | null): string => (value === null || (options.blankZeros && value === 0) ? '' : String(value));
  const children: (Paragraph | Table)[] = [];
  for (const part of draftParts(draft, { formatValue })) {
    if (part.kind === 'title') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(part.text)] }));
    else if (part.kind === 'heading') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: part.text, bold: true })] }));
    else if (part.kind === 'paragraph') children.push(new Paragraph({ indent: { firstLine: 560 }, children: [new TextRun({ text: part.text, font: FONT.name, size: FONT.size })] }));
    else children.push(table(part.grid), new Paragraph(''));
  }
  const doc = new Document({ creator: 'Gongkai', title: `${draft.agency}${draft.year}年政府信息公开工作年度报告`, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function table(grid: Grid): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                rowSpan: cell.rowSpan ?? 1,
                columnSpan: cell.colSpan ?? 1,
                children: [new Paragraph({ alignment: cell.value ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: cell.text, size: 21 })] })],
              }),
          ),
        }),
    ),
  });
}
