/** The whole job for one file: read, extract, and (for check) run the rules. No file system access. */
import { createHash } from 'node:crypto';
import { extract } from '../extract/extract.js';
import type { Extraction } from '../extract/context.js';
import { ReadError } from '../model/document.js';
import { REPORT_SCHEMA, type Finding, type Format, type Report, type Section } from '../model/report.js';
import { readDocument, type ReadOptions } from '../readers/index.js';
import '../readers/register.js';
import { sniffFormat } from '../readers/sniff.js';
import { RULES } from '../rules/index.js';
import { runRules, sortFindings } from '../rules/engine.js';

export interface ParseOptions extends ReadOptions {
  /** Run the rules and fill `findings`. */
  check?: boolean;
}

export interface ParseOutcome {
  report: Report;
  /** Null when the file could not be read as a report. */
  extraction: Extraction | null;
}

export async function parseReport(bytes: Uint8Array, file: string, options: ParseOptions = {}): Promise<ParseOutcome> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sniffed = sniffFormat(bytes, file);
  const format: Format | null = sniffed === 'zip' ? null : sniffed === 'ole' ? 'doc' : sniffed;
  try {
    const doc = await readDocument(bytes, file, options);
    const extraction = extract(doc);
    const report = assemble(extraction, { file, format: doc.format, sha256, script: doc.script });
    if (!looksLikeReport(extraction)) {
      return { report: errorReport(file, format, sha256, 'not-a-report', '这不是政府信息公开工作年度报告：没有找到报告标题、六个部分或统计表格。'), extraction: null };
    }
    if (options.check) {
      // What the reader noticed (a table cut off at the page edge, a page without text…) is worth a reviewer's look.
      const readerFindings = doc.warnings.map((w) => {
        const finding: Finding = { rule: `reader/${w.code}`, severity: 'info', message: w.message };
        if (w.loc) finding.location = w.loc;
        return finding;
      });
      const findings = [...readerFindings, ...extraction.findings, ...runRules(RULES, report, extraction)];
      report.findings = sortFindings(findings);
    }
    return { report, extraction };
  } catch (error) {
    if (error instanceof ReadError) return { report: errorReport(file, format, sha256, error.code, error.message), extraction: null };
    throw error;
  }
}

function assemble(x: Extraction, source: Report['source']): Report {
  const sections: Section[] = x.sections.map((s) => ({ number: s.number, title: s.title, text: s.text }));
  const report: Report = {
    schema: REPORT_SCHEMA,
    source,
    meta: x.meta,
    sections,
    tables: x.tables,
    findings: [],
  };
  if (Object.keys(x.narrative).length > 0) report.narrative = x.narrative;
  return report;
}

function looksLikeReport(x: Extraction): boolean {
  if (x.title !== null && x.meta.template !== null) return true;
  if (x.sections.length >= 3) return true;
  const t = x.tables;
  return !!(t.table3 || t.legacy || (t.table2 && t.table4));
}

export function errorReport(file: string, format: Format | null, sha256: string, code: string, message: string): Report {
  return {
    schema: REPORT_SCHEMA,
    source: { file, format, sha256, script: 'simplified' },
    meta: { agency: null, year: null, publishDate: null, template: null },
    sections: [],
    tables: {},
    findings: [],
    error: { code, message },
  };
}
