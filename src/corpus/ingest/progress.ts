/** Ingest progress on stderr: a bar redrawn in place on a terminal, plain lines (at most every 2 s or 10 %) otherwise. */

export interface ProgressCounts {
  done: number;
  total: number;
  added: number;
  already: number;
  failed: number;
}

export interface ProgressSink {
  update(counts: ProgressCounts, current?: string): void;
  end(): void;
}

export function createProgress(stream: NodeJS.WriteStream): ProgressSink {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

const line = (c: ProgressCounts): string => `${c.done}/${c.total}（新增 ${c.added}，已存在 ${c.already}，失败 ${c.failed}）`;

function barProgress(stream: NodeJS.WriteStream): ProgressSink {
  let last = 0;
  let drawn = false;
  return {
    update(c, current) {
      const now = Date.now();
      if (now - last < 80 && c.done < c.total) return;
      last = now;
      const width = 24;
      const filled = c.total === 0 ? width : Math.round((c.done / c.total) * width);
      const name = current ? `  ${current.length > 30 ? '…' + current.slice(-29) : current}` : '';
      const text = `入库 [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${line(c)}${name}`;
      stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 120) - 1)}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): ProgressSink {
  let lastTime = 0;
  let lastShare = -1;
  return {
    update(c) {
      const share = c.total === 0 ? 10 : Math.floor((c.done / c.total) * 10);
      const now = Date.now();
      if (c.done < c.total && share === lastShare && now - lastTime < 2000) return;
      lastShare = share;
      lastTime = now;
      stream.write(`入库进度 ${line(c)}\n`);
    },
    end() {},
  };
}
