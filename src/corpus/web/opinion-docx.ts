/**
 * 审查意见: a review opinion for one unit as a Word document — each year's report, its publication
 * against the deadline, and every finding with the cells involved — ready for a reviewer to sign and send.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CoverageStatus } from '../coverage.js';

export interface OpinionFinding {
  severity: 'error' | 'warning' | 'info';
  ruleTitle: string;
  message: string;
  cellNames: string[];
}

export interface OpinionReport {
  year: number | null;
  file: string;
  publishDate: string | null;
  status: CoverageStatus | null;
  deadline: string | null;
  daysLate: number | null;
  findings: OpinionFinding[];
}

export interface OpinionInput {
  unitName: string;
  regionName: string | null;
  reports: OpinionReport[];
  /** Years with no report although the unit was expected to publish one. */
  missingYears: number[];
  reviewer: string;
  date: string;
}

const SEVERITY: Record<OpinionFinding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const para = (text: string, options: { bold?: boolean; font?: typeof FONT; indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {}) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { line: 440, after: 60 },
    indent: options.indent === false ? undefined : { firstLine: 640 },
    children: [new TextRun({ text, bold: options.bold ?? false, font: options.font ?? FONT, size: options.size ?? 28 })],
  });

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 21 })] })],
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function findingsTable(findings: readonly OpinionFinding[]): Table {
  const header = new TableRow({ tableHeader: true, children: [cell('序号', 7, true), cell('类别', 9, true), cell('问题', 54, true), cell('涉及的表格单元格', 30, true)] });
  const rows = findings.map((f, i) => new TableRow({ children: [cell(String(i + 1), 7), cell(SEVERITY[f.severity], 9), cell(`【${f.ruleTitle}】${f.message}`, 54), cell(f.cellNames.join('；') || '—', 30)] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [header, ...rows],
  });
}

export function opinionDocument(input: OpinionInput): Document {
  const years = input.reports.map((r) => r.year).filter((y): y is number => y !== null);
  const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}年度` : `${Math.min(...years)}—${Math.max(...years)}年度`;
  const all = input.reports.flatMap((r) => r.findings);
  const count = (s: OpinionFinding['severity']) => all.filter((f) => f.severity === s).length;
  const children: (Paragraph | Table)[] = [
    para('审 查 意 见', { bold: true, font: HEI, indent: false, align: AlignmentType.CENTER, size: 40 }),
    para(`关于${input.unitName}${span}政府信息公开工作年度报告`, { indent: false, align: AlignmentType.CENTER, font: HEI, size: 30 }),
    para(`${input.unitName}：`, { indent: false }),
    para(
      `根据《中华人民共和国政府信息公开条例》第四十九条、第五十条和国务院办公厅政府信息公开办公室制定的年度报告格式，对你单位${span}政府信息公开工作年度报告进行了审查。` +
        (all.length === 0 ? '未发现问题。' : `共发现问题 ${all.length} 处，其中错误 ${count('error')} 处、警告 ${count('warning')} 处、提示 ${count('info')} 处。具体意见如下：`),
    ),
  ];
  input.reports.forEach((report, i) => {
    const heading = `${NUMBERS[i] ?? String(i + 1)}、${report.year === null ? '年度不明的' : `${report.year}年度`}报告`;
    children.push(para(heading, { bold: true, font: HEI }));
    const timing =
      report.status === 'late' && report.deadline
        ? `发布日期为 ${report.publishDate}，晚于规定期限 ${report.deadline}（逾期 ${report.daysLate ?? '?'} 天），请说明原因。`
        : report.status === 'on-time' && report.deadline
          ? `发布日期为 ${report.publishDate}，在规定期限 ${report.deadline} 之前。`
          : !report.publishDate
            ? `报告未注明发布日期，无法判断是否在规定期限${report.deadline ? ` ${report.deadline} ` : ''}之前公开，请补充。`
            : `发布日期为 ${report.publishDate}。`;
    children.push(para(`原文件：${report.file}。${timing}`));
    if (report.findings.length === 0) children.push(para('经审查，未发现问题。'));
    else {
      children.push(para(`发现问题 ${report.findings.length} 处：`));
      children.push(findingsTable(report.findings));
    }
  });
  if (input.missingYears.length > 0) {
    children.push(para(`${NUMBERS[input.reports.length] ?? ''}、未公开的年度报告`, { bold: true, font: HEI }));
    children.push(para(`未找到你单位 ${input.missingYears.join('、')} 年度的政府信息公开工作年度报告，请核实是否已按期公开；如已公开，请提供原文。`));
  }
  children.push(para('请对照上述意见逐项核实，需要更正的，请更正后重新公开，并将整改情况书面反馈。'));
  children.push(para(`审查人：${input.reviewer}`, { indent: false, align: AlignmentType.RIGHT }));
  children.push(para(input.date, { indent: false, align: AlignmentType.RIGHT }));
  return new Document({
    creator: 'Gongkai',
    title: `${input.unitName}审查意见`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children }],
  });
}

export async function opinionDocx(input: OpinionInput): Promise<Buffer> {
  return Packer.toBuffer(opinionDocument(input));
}
