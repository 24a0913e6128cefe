/** `gongkai parse|check FILE...`: JSON Lines in argument order, or a listing for people (--format pretty). */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { errorReport, parseReport } from '../../core/parse.js';
import type { Report } from '../../model/report.js';
import { write, type Command } from '../command.js';
import { COLOR, formatReport, formatSummary, PLAIN } from '../pretty.js';

function makeCommand(name: 'parse' | 'check'): Command {
  const check = name === 'check';
  return {
    name,
    summary: check ? '读取并检查年度报告（勾稽关系、六个部分、期限等），有“错误”时退出码为 1' : '读取年度报告，每个文件输出一行 JSON（JSON Lines）',
    usage: `用法：gongkai ${name} [--format json|pretty] 文件…\n\n  文件可以是 .txt .md .html .docx .pdf（按内容识别格式）；输出按参数顺序。\n  --format json    每个文件一行 JSON（默认${check ? '；在终端上默认 pretty' : ''}）\n  --format pretty  按文件分组列出问题，最后一行汇总\n`,
    async run(argv) {
      const { values, positionals: files } = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' } } });
      if (files.length === 0) {
        process.stderr.write(`请给出要${check ? '检查' : '读取'}的文件。\n\n${this.usage}`);
        return 2;
      }
      const format = values.format ?? (check && process.stdout.isTTY ? 'pretty' : 'json');
      if (format !== 'json' && format !== 'pretty') {
        process.stderr.write('--format 只能是 json 或 pretty。\n');
        return 2;
      }
      const style = process.stdout.isTTY ? COLOR : PLAIN;
      const reports: Report[] = [];
      let failed = false;
      for (const file of files) {
        const report = await parseFile(file, check);
        if (report.findings.some((f) => f.severity === 'error')) failed = true;
        if (format === 'json') await write(JSON.stringify(report) + '\n');
        else {
          reports.push(report);
          await write(formatReport(report, style) + '\n\n');
        }
      }
      if (format === 'pretty') await write(formatSummary(reports, style) + '\n');
      return check && failed ? 1 : 0;
    },
  };
}

/** Reads and parses one file; every failure becomes an error object so the batch goes on. */
export async function parseFile(file: string, check: boolean): Promise<Report> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? '文件不存在。' : code === 'EISDIR' ? '这是一个文件夹，不是文件。' : code === 'EACCES' ? '没有读取权限。' : `无法读取文件（${code ?? String(error)}）。`;
    return errorReport(file, null, '', 'read-failed', message);
  }
  try {
    return (await parseReport(bytes, file, { check })).report;
  } catch (error) {
    return errorReport(file, null, '', 'internal-error', `读取时出现内部错误：${(error as Error).message}`);
  }
}

export const parseCommand = makeCommand('parse');
export const checkCommand = makeCommand('check');
