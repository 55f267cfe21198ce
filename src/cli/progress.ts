/** A progress display for long runs: records read and the rate, redrawn in place. */
export interface Progress {
  /** Starts a phase; with `total`, the bar fills and shows a percentage. */
  phase(name: string, total?: number): void;
  tick(records: number): void;
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const SILENT: Progress = { phase() {}, tick() {}, done() {} };

/**
 * A progress line on stderr, only when stderr is a terminal (never in pipes, files or CI logs):
 * `screening ━━━━━━━━━━━━━━━━ 412,000 records  38,200/s`, redrawn at most ten times a second.
 *
 * @example
 * const progress = createProgress(process.stderr);
 * progress.phase('indexing'); progress.tick(1); progress.done();
 */
export function createProgress(stream: ProgressStream | undefined, clock: () => number = Date.now): Progress {
  if (!stream?.isTTY) return SILENT;
  let name = '';
  let count = 0;
  let started = 0;
  let drawn = 0;
  let spin = 0;
  let total: number | undefined;
  const draw = (final: boolean): void => {
    const seconds = Math.max((clock() - started) / 1000, 0.001);
    const rate = Math.round(count / seconds);
    const width = 16;
    spin = (spin + 1) % width;
    const filled = total ? Math.min(width, Math.round((count / total) * width)) : 0;
    const bar = final
      ? '━'.repeat(width)
      : total
        ? '━'.repeat(filled) + '─'.repeat(width - filled)
        : Array.from({ length: width }, (_, i) => (Math.abs(i - spin) < 3 ? '━' : '─')).join('');
    const percent = total && !final ? ` ${Math.min(100, Math.floor((count / total) * 100))}%` : '';
    const line = `${name.padEnd(9)} ${bar}${percent} ${count.toLocaleString('en-US')} records  ${rate.toLocaleString('en-US')}/s`;
    stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1)}\x1b[K${final ? '\n' : ''}`);
  };
  return {
    phase(next, expected) {
      name = next;
      total = expected;
      count = 0;
      started = clock();
      drawn = 0;
    },
    tick(records) {
      count += records;
      if ((count & 255) !== 0 && count !== 1) return;
      const now = clock();
      if (now - drawn < 100) return;
      drawn = now;
      draw(false);
    },
    done() {
      draw(true);
    },
  };
}
