/** The linter-style listing for people at a terminal: findings grouped by file, then a summary line. */
import type { Finding, Report } from '../model/report.js';

const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示' } as const;
const TEMPLATE_NAME = { '2021': '2021 年格式', '2019': '2019 年格式', legacy: '旧版统计表' } as const;

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const COLOR: Style = { red: ansi(31), yellow: ansi(33), blue: ansi(36), dim: ansi(2), bold: ansi(1) };
export const PLAIN: Style = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s };

export function formatReport(report: Report, style: Style): string {
  const out: string[] = [];
  const { meta } = report;
  if (report.error) {
    out.push(style.bold(report.source.file));
    out.push(`  ${style.red('无法读取')}  ${report.error.message}  ${style.dim(report.error.code)}`);
    return out.join('\n');
  }
  const about = [meta.agency ?? '（未写明机关）', meta.year ? `${meta.year} 年度` : '（年度不明）', meta.template ? TEMPLATE_NAME[meta.template] : null]
    .filter(Boolean)
    .join(' · ');
  out.push(`${style.bold(report.source.file)}  ${style.dim(about)}`);
  if (report.findings.length === 0) out.push(`  ${style.dim('没有发现问题')}`);
  for (const f of report.findings) out.push(formatFinding(f, style));
  return out.join('\n');
}

function formatFinding(f: Finding, style: Style): string {
  const where = f.location?.line !== undefined ? `${f.location.line}:${f.location.column ?? 1}` : f.location?.page !== undefined ? `第${f.location.page}页` : '-';
  const severity = f.severity === 'error' ? style.red(SEVERITY_NAME.error) : f.severity === 'warning' ? style.yellow(SEVERITY_NAME.warning) : style.blue(SEVERITY_NAME.info);
  return `  ${style.dim(where.padEnd(8))} ${severity}  ${f.message}  ${style.dim(f.rule)}`;
}

export function formatSummary(reports: readonly Report[], style: Style): string {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let unreadable = 0;
  for (const r of reports) {
    if (r.error) unreadable++;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  const head = total === 0 ? '✔ 没有发现问题' : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  const tail = `，共检查 ${reports.length} 份文件${unreadable ? `，其中 ${unreadable} 份无法读取` : ''}`;
  const line = head + tail;
  return errors > 0 || unreadable > 0 ? style.red(style.bold(line)) : total > 0 ? style.yellow(style.bold(line)) : style.bold(line);
}
