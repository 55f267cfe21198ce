import { createWriteStream, realpathSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';
import { trackTemp } from './_lib/temp-files.js';
import { UsageError } from './usage-error.js';

/** Where the report goes, with back-pressure so a multi-gigabyte JSON report never piles up in memory. */
export interface ReportOutput {
  /**
   * Writes text, or bytes of UTF-8 as a file holds them (a report's spooled screenings are copied as
   * bytes: decoding gigabytes to write them again took twice as long, docs/performance.md).
   */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the report: for a file, the complete report replaces any previous one in one step. */
  close(): Promise<void>;
  /** Gives up: for a file, the partial report is removed and any previous one stays as it was. */
  abort(): Promise<void>;
}

/**
 * Writes with back-pressure. One `drain` or `error` listener at a time, removed when either fires: a
 * listener per write left behind would pile up (the MaxListenersExceededWarning on reports of 700 KB).
 */
function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((done, fail) => {
    const onDrain = (): void => {
      stream.removeListener('error', onError);
      done();
    };
    const onError = (error: Error): void => {
      stream.removeListener('drain', onDrain);
      fail(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** The real path a file has, or would have once created (its folder resolved, the name kept). */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

/**
 * Refuses an `--output` that is the input file itself (after symbolic links), which would replace the
 * roster with its report.
 *
 * @example
 * assertNotInput('roster.csv', 'report.txt'); // fine
 * assertNotInput('roster.csv', './roster.csv'); // throws a UsageError
 */
export function assertNotInput(input: string, output: string | undefined): void {
  if (output === undefined || input === '-') return;
  if (realTarget(input) === realTarget(output))
    throw new UsageError(
      `--output "${output}" is the input file; the report would replace the roster (choose another file)`,
    );
}

/**
 * Opens `--output <file>`, or standard output: a stream when the caller has one, else a text callback.
 * A file is written under a temporary name beside it and renamed into place by `close`, so an
 * interrupted run leaves the previous report whole; the temporary file is removed on `abort` and, in the
 * executable, on signals.
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
    // Bytes for a text callback are decoded in order; a character split across two chunks waits here.
    const decoder = new StringDecoder('utf8');
    const asText = (chunk: string | Uint8Array): string =>
      typeof chunk === 'string' ? chunk : decoder.write(chunk);
    return {
      write: (chunk) => (stream ? writeTo(stream, chunk) : Promise.resolve(io.stdout(asText(chunk)))),
      close: async () => {},
      abort: async () => {},
    };
  }
  // An existing report reached through a symbolic link is replaced where it lives, link kept.
  const target = realTarget(file);
  // Same folder, so the rename is atomic (one file system); a dot name, so a glob for reports skips it.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const forget = trackTemp(temp);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  const check = (): void => {
    if (failure)
      throw new UsageError(
        `cannot write "${file}": ${(failure as NodeJS.ErrnoException).code ?? failure.message}`,
      );
  };
  const abort = async (): Promise<void> => {
    // The file is opened asynchronously: removing it before the stream has closed could run before the
    // open, which would then create the temporary file after its removal.
    if (!stream.closed) {
      const closed = new Promise<void>((done) => stream.once('close', () => done()));
      stream.destroy();
      await closed;
    }
    await rm(temp, { force: true });
    forget();
  };
  return {
    async write(chunk) {
      check();
      await writeTo(stream, chunk).catch(() => undefined);
      check();
    },
    async close() {
      try {
        check();
        await new Promise<void>((done) => {
          stream.end(() => done());
          stream.once('error', () => done());
        });
        check();
        await rename(temp, target).catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`cannot write "${file}": ${error.code ?? error.message}`);
        });
        forget();
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}
