import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { recordDigest } from '../../roster/record-digest.js';
import { readRecords, type RawRecord } from '../read-records.js';
import { UsageError } from '../usage-error.js';
import { trackTemp } from '../_lib/temp-files.js';
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
 * standard input is then copied to a temporary file (and streamed when one pass will do). JSON arrays
 * are parsed whole; NDJSON and CSV stream a line at a time.
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
  /** How many times the run reads the records: standard input is copied to a file only for two. */
  passes?: 1 | 2;
  /** The longest line read as a record (default 8 MiB; see readLines). */
  maxLineLength?: number;
  mapping?: ColumnMapping;
  onIgnoredColumns?: (headers: string[]) => void;
  /**
   * NDJSON only: `false` yields each line as its text alone, parsed by whoever reads the records (the
   * roster stream, which sends most lines of a large run to a worker thread unparsed); see `readNdjson`.
   */
  parse?: boolean;
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

const SNIFF_BYTES = 4096;

/** The format the first non-blank character suggests; `complete` says the text is the whole input. */
function sniffText(text: string, complete: boolean): InputFormat | 'empty' {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.search(/\S/);
  if (first === -1) return complete ? 'empty' : 'csv';
  if (body[first] === '[') return 'json';
  if (body[first] !== '{') return 'csv';
  // A first line that is not JSON on its own starts one object written over several lines: read whole.
  const end = body.indexOf('\n', first);
  if (end === -1) return 'ndjson';
  try {
    JSON.parse(body.slice(first, end));
    return 'ndjson';
  } catch {
    return 'json';
  }
}

async function sniff(path: string): Promise<InputFormat | 'empty'> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return sniffText(buffer.subarray(0, bytesRead).toString('utf8'), bytesRead < buffer.length);
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

function jsonSource(text: string, bytes: number, close: () => Promise<void>): RecordSource {
  const records = [...readRecords(text)];
  const array = records.flatMap((record) => (record.ok ? [record.value] : []));
  return {
    format: 'json',
    bytes,
    array: records.every((record) => record.line === undefined) ? array : undefined,
    read: async function* () {
      yield* records;
    },
    close,
  };
}

function recordsOf(
  format: 'csv' | 'ndjson',
  options: OpenOptions,
  stream: Readable,
  version?: number,
): AsyncIterable<RawRecord> {
  const common = {
    ...(options.maxLineLength !== undefined && { maxLineLength: options.maxLineLength }),
    ...(version !== undefined && { version }),
  };
  return format === 'csv'
    ? readCsv(stream, {
        ...(options.mapping && { mapping: options.mapping }),
        ...(options.onIgnoredColumns && { onIgnored: options.onIgnoredColumns }),
        ...common,
      })
    : readNdjson(stream, { ...common, ...(options.parse === false && { parse: false }) });
}

/** A file's version: its device, inode, size and change times, as one number (see `recordDigest`). */
async function versionOf(path: string): Promise<number> {
  const info = await stat(path, { bigint: true });
  return recordDigest(`${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`);
}

/**
 * A file's records, each carrying the file's version, so that the second pass of a roster run knows
 * each record it reads again for the one it indexed (`RosterRecord.version`) and need not extract its
 * keys twice. A file that changes while it is read is an error, not a report mixing two versions of it.
 */
async function* fileRecords(
  path: string,
  shownAs: string,
  format: 'csv' | 'ndjson',
  options: OpenOptions,
): AsyncGenerator<RawRecord> {
  let version: number;
  try {
    version = await versionOf(path);
  } catch (error) {
    throw readError(shownAs, error);
  }
  yield* recordsOf(format, options, createReadStream(path, { highWaterMark: 1 << 16 }), version);
  const after = await versionOf(path).catch(() => Number.NaN);
  if (after !== version)
    throw new UsageError(`"${shownAs}" changed while it was being read: screen a copy that does not change`);
}

/**
 * Opens the input named on the command line (`-` for standard input) and settles its format: the
 * `--input-format` option, else the extension (.ndjson/.jsonl, .csv), else the first character
 * (`[` a JSON array, `{` NDJSON, or one JSON object when its first line is not JSON on its own,
 * anything else CSV).
 *
 * @example
 * const source = await openSource('roster.csv', {}, {});
 * for await (const record of source.read()) console.log(record.position);
 * await source.close();
 */
export async function openSource(file: string, io: StdinSource, options: OpenOptions): Promise<RecordSource> {
  if (file === '-') return openStdin(io, options);
  const close = async (): Promise<void> => {};
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const sniffed = await sniff(file);
    if (sniffed === 'empty') throw new UsageError(EMPTY);
    const format = options.format ?? fromExtension(file) ?? sniffed;
    if (format === 'json') return jsonSource(await readFile(file, 'utf8'), info.size, close);
    return {
      format,
      bytes: info.size,
      read: () => fileRecords(file, file, format, options),
      close,
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw readError(file, error);
  }
}

/**
 * Standard input is read as it arrives wherever one pass will do: a JSON array is held whole anyway, and
 * NDJSON or CSV is streamed when the run reads it once (`--no-links`). Only a two-pass roster run copies
 * it, to a file readable by its owner alone and removed on every exit, signals included.
 */
async function openStdin(io: StdinSource, options: OpenOptions): Promise<RecordSource> {
  const none = async (): Promise<void> => {};
  if (!io.stdin) {
    // Already whole in memory (tests, embedders): read it from there as often as needed.
    const text = (await io.readStdin?.()) ?? '';
    const sniffed = sniffText(text.slice(0, SNIFF_BYTES), true);
    if (sniffed === 'empty') throw new UsageError(EMPTY);
    const format = options.format ?? sniffed;
    if (format === 'json') return jsonSource(text, text.length, none);
    return { format, bytes: 0, read: () => recordsOf(format, options, Readable.from([text])), close: none };
  }
  const chunks = io.stdin()[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head: Array<Buffer | string> = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const headText = Buffer.concat(head.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString(
    'utf8',
  );
  const sniffed = sniffText(headText, ended);
  if (sniffed === 'empty') throw new UsageError(EMPTY);
  const format = options.format ?? sniffed;
  async function* all(): AsyncGenerator<Buffer | string> {
    yield* head;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (format === 'json') {
    const parts: Buffer[] = [];
    for await (const chunk of all()) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const text = Buffer.concat(parts).toString('utf8');
    return jsonSource(text, text.length, none);
  }
  if (options.passes === 1) {
    let taken = false;
    return {
      format,
      bytes: 0,
      read: () => {
        if (taken) throw new Error('standard input is read once (one pass)');
        taken = true;
        return recordsOf(format, options, Readable.from(all()));
      },
      close: none,
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'hirescreen-stdin-'));
  const forget = trackTemp(dir);
  const close = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
    forget();
  };
  const path = join(dir, 'input');
  try {
    await pipeline(Readable.from(all()), createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await close();
    throw new UsageError(
      `cannot read standard input: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`,
    );
  }
  return {
    format,
    bytes: 0,
    read: () => fileRecords(path, 'standard input', format, options),
    close,
  };
}
