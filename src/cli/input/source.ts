import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readRecords, type RawRecord } from '../read-records.js';
import { UsageError } from '../usage-error.js';
import type { ColumnMapping } from './columns.js';
import { readCsv } from './csv.js';
import { readNdjson } from './ndjson.js';

export type InputFormat = 'json' | 'ndjson' | 'csv';

/** Where standard input comes from: a stream (the real CLI) or whole text (tests, embedders). */
export interface StdinSource {
  stdin?: () => Readable;
  readStdin?: () => Promise<string>;
}

/**
 * A roster that can be read more than once: roster mode reads it twice (index, then screen), so
 * standard input is first copied to a temporary file. JSON arrays are parsed whole; NDJSON and CSV
 * stream a line at a time.
 */
export interface RecordSource {
  readonly format: InputFormat;
  /** Bytes of input, for the progress display (0 when unknown). */
  readonly bytes: number;
  read(): AsyncIterable<RawRecord>;
  /** The parsed array, for JSON input (which is held whole anyway). */
  readonly array?: readonly unknown[];
  close(): Promise<void>;
}

export interface OpenOptions {
  format?: InputFormat;
  mapping?: ColumnMapping;
  onIgnoredColumns?: (headers: string[]) => void;
}

const EMPTY = 'the input is empty: expected a JSON array or NDJSON of profiles';

function readError(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : 'it could not be read';
  return new UsageError(`cannot read "${file}": ${why}`);
}

async function spoolStdin(io: StdinSource): Promise<{ path: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'hirescreen-stdin-'));
  const path = join(dir, 'input');
  if (io.stdin) await pipeline(io.stdin(), createWriteStream(path));
  else await pipeline(Readable.from([(await io.readStdin?.()) ?? '']), createWriteStream(path));
  return { path, dir };
}

async function sniff(path: string): Promise<InputFormat | 'empty'> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const first = text.search(/\S/);
    if (first === -1) return bytesRead === buffer.length ? 'csv' : 'empty';
    return text[first] === '[' ? 'json' : text[first] === '{' ? 'ndjson' : 'csv';
  } finally {
    await handle.close();
  }
}

function fromExtension(file: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  return undefined;
}

/**
 * Opens the input named on the command line (`-` for standard input) and settles its format: the
 * `--input-format` option, else the extension (.ndjson/.jsonl, .csv), else the first character
 * (`[` a JSON array, `{` NDJSON, anything else CSV).
 *
 * @example
 * const source = await openSource('roster.csv', {}, {});
 * for await (const record of source.read()) console.log(record.position);
 * await source.close();
 */
export async function openSource(file: string, io: StdinSource, options: OpenOptions): Promise<RecordSource> {
  let path = file;
  let spool: string | undefined;
  if (file === '-') {
    const spooled = await spoolStdin(io);
    path = spooled.path;
    spool = spooled.dir;
  }
  const close = async (): Promise<void> => {
    if (spool) await rm(spool, { recursive: true, force: true });
  };
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const sniffed = await sniff(path);
    if (sniffed === 'empty') throw new UsageError(EMPTY);
    const format = options.format ?? (file === '-' ? undefined : fromExtension(file)) ?? sniffed;
    if (format === 'json') {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw readError(file, error);
      }
      const records = [...readRecords(text)];
      const array = records.flatMap((record) => (record.ok ? [record.value] : []));
      return {
        format,
        bytes: info.size,
        array: records.every((record) => record.line === undefined) ? array : undefined,
        read: async function* () {
          yield* records;
        },
        close,
      };
    }
    const stream = (): Readable => createReadStream(path, { highWaterMark: 1 << 16 });
    return {
      format,
      bytes: info.size,
      read: () =>
        format === 'csv'
          ? readCsv(stream(), {
              ...(options.mapping && { mapping: options.mapping }),
              ...(options.onIgnoredColumns && { onIgnored: options.onIgnoredColumns }),
            })
          : readNdjson(stream()),
      close,
    };
  } catch (error) {
    await close();
    if (error instanceof UsageError) throw error;
    throw readError(file, error);
  }
}
