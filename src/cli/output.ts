import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UsageError } from './usage-error.js';

/** Where the report goes, with back-pressure so a multi-gigabyte JSON report never piles up in memory. */
export interface ReportOutput {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Opens `--output <file>`, or standard output: a stream when the caller has one, else a text callback.
 *
 * @example
 * const out = openOutput('report.html', { stdout: (t) => process.stdout.write(t) });
 * await out.write(html); await out.close();
 */
export function openOutput(
  file: string | undefined,
  io: { stdout: (text: string) => void; stdoutStream?: Writable },
): ReportOutput {
  if (file === undefined) {
    const stream = io.stdoutStream;
    return {
      write: (text) => (stream ? writeTo(stream, text) : Promise.resolve(io.stdout(text))),
      close: async () => {},
    };
  }
  const stream = createWriteStream(file);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  const check = (): void => {
    if (failure)
      throw new UsageError(
        `cannot write "${file}": ${(failure as NodeJS.ErrnoException).code ?? failure.message}`,
      );
  };
  return {
    async write(text) {
      check();
      await Promise.race([writeTo(stream, text), once(stream, 'error')]).catch(() => undefined);
      check();
    },
    async close() {
      check();
      stream.end();
      await Promise.race([once(stream, 'finish'), once(stream, 'error')]).catch(() => undefined);
      check();
    },
  };
}
