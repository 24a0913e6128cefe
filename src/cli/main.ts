/** `gongkai` command line: parse and check reports; JSON Lines for machines, a listing for people. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseReport } from '../core/parse.js';
import { errorReport } from '../core/parse.js';
import type { Report } from '../model/report.js';
import '../readers/register.js';
import { COLOR, formatReport, formatSummary, PLAIN } from './pretty.js';

const USAGE = `用法：gongkai <命令> [选项] 文件…

命令：
  parse 文件…     读取年度报告，每个文件输出一行 JSON（JSON Lines），按参数顺序
  check 文件…     读取并检查，输出同上并填写 findings；有“错误”级问题时退出码为 1

选项：
  --format json|pretty   输出格式（默认 json；在终端上 check 默认 pretty）
  -h, --help             显示帮助
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command !== 'parse' && command !== 'check') {
    process.stderr.write(`未知命令：${command}\n\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`请给出要${command === 'check' ? '检查' : '读取'}的文件。\n\n${USAGE}`);
    return 2;
  }
  const format = values.format ?? (command === 'check' && process.stdout.isTTY ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') {
    process.stderr.write(`--format 只能是 json 或 pretty。\n`);
    return 2;
  }
  const style = process.stdout.isTTY ? COLOR : PLAIN;
  const reports: Report[] = [];
  let failed = false;
  for (const file of files) {
    const report = await parseFile(file, command === 'check');
    reports.push(report);
    if (report.findings.some((f) => f.severity === 'error')) failed = true;
    if (format === 'json') await write(JSON.stringify(report) + '\n');
    else await write(formatReport(report, style) + '\n\n');
  }
  if (format === 'pretty') await write(formatSummary(reports, style) + '\n');
  return command === 'check' && failed ? 1 : 0;
}

async function parseFile(file: string, check: boolean): Promise<Report> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '文件不存在。' : code === 'EISDIR' ? '这是一个文件夹，不是文件。' : code === 'EACCES' ? '没有读取权限。' : `无法读取文件（${code ?? String(error)}）。`;
    return errorReport(file, null, '', 'read-failed', message);
  }
  try {
    return (await parseReport(bytes, file, { check })).report;
  } catch (error) {
    return errorReport(file, null, '', 'internal-error', `读取时出现内部错误：${(error as Error).message}`);
  }
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
