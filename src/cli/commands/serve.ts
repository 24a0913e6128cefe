/** `gongkai serve`: the web app and REST API (npm start runs this). */
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { DB_OPTION, DB_USAGE, guard, UserError } from './corpus-db.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动网页应用和 REST API（浏览器打开 http://localhost:3000/）',
  usage: `用法：gongkai serve [选项]

  启动网页应用。首次启动时创建管理员账号 admin，初始密码显示在控制台上（只显示这一次），
  也可以事先用环境变量 GONGKAI_ADMIN_PASSWORD 指定；数据库为空时载入样例报告和示范市数据。

${DB_USAGE}
  --port N         端口（默认取环境变量 PORT，再默认 3000）
  --host 地址      监听地址（默认取环境变量 HOST，再默认 127.0.0.1，只允许本机访问；
                   局域网内共享时用 0.0.0.0）
  --no-demo        数据库为空时也不载入示例数据
`,
  run: (argv) =>
    guard(async () => {
      const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, port: { type: 'string' }, host: { type: 'string' }, 'no-demo': { type: 'boolean' } } });
      const port = Number(values.port ?? process.env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('端口应为 0 到 65535 之间的整数。');
      const host = values.host ?? process.env.HOST ?? '127.0.0.1';
      const { startServer } = await import('../../server/node.js');
      // A stray failure outside a request (a worker, a timer) is logged; the service stays up for everyone else.
      process.on('unhandledRejection', (reason) => process.stderr.write(`${new Date().toISOString()} 未处理的异步错误：${(reason as Error)?.stack ?? String(reason)}\n`));
      let server;
      try {
        server = await startServer({ ...(values.db ? { db: values.db } : {}), port, host, demo: !values['no-demo'] && process.env.GONGKAI_DEMO !== '0' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`端口 ${port} 已被占用：请关闭占用它的程序，或用 --port（或环境变量 PORT）换一个端口。`);
        throw error;
      }
      process.stdout.write(`Gongkai 已启动：请用浏览器打开 ${server.url}（按 Ctrl+C 停止）\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.stdout.write('正在停止…\n');
      await server.close();
      return 0;
    }),
};
