/** `gongkai` command line: dispatches to the commands of ./commands. */
import '../readers/register.js';
import { COMMANDS } from './commands/index.js';

async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Gongkai 公开 — 政府信息公开工作年度报告的读取、检查与汇总\n\n用法：gongkai <命令> [选项] …\n\n命令：\n${lines.join('\n')}\n\n每个命令的用法：gongkai <命令> --help\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(await help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`未知命令：${name}\n\n${await help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage);
    return 0;
  }
  return command.run(rest);
}
