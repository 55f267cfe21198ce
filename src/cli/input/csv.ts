import type { Readable } from 'node:stream';
import type { RawRecord } from '../read-records.js';
import { UsageError } from '../usage-error.js';
import { excerpt } from '../_lib/excerpt.js';
import { compileHeader, rowToRecord, type ColumnMapping, type CompiledHeader } from './columns.js';
import { parseCsvFields } from './csv-fields.js';
import { MAX_LINE_LENGTH, readLines, type PhysicalLine } from './lines.js';

export interface CsvOptions {
  mapping?: ColumnMapping;
  /** Called once with the header's unmapped columns (mapping file only), to warn about them. */
  onIgnored?: (headers: string[]) => void;
  /** The longest record read, in characters (default {@link MAX_LINE_LENGTH}); longer ones are rejected. */
  maxLineLength?: number;
  /** The file's version, put on every record read (see `RosterRecord.version`). */
  version?: number;
}

/**
 * How many lines one quoted cell may span. Addresses and notes with line breaks take a few; a stray
 * quote must not swallow the roster while the reader looks for its end.
 */
export const MAX_RECORD_LINES = 64;

type Reading =
  | { kind: 'record'; cells: string[]; lines: number }
  | { kind: 'reject'; code: string; message: string; lines: number };

const UNCLOSED =
  'a quoted cell is never closed: no following line completes a record of the header\u2019s width';

/**
 * Reads CSV from a stream one record at a time: the first non-blank line is the header (profile paths,
 * or names the mapping translates), every other record one profile. A quoted cell may span lines. A
 * record that cannot be read becomes a reject with its line and the reading goes on, so a malformed
 * quote costs only the lines it touches: an unclosed quote ends at its line break when the next line
 * reads as a whole record of the header's width on its own, or when no record of that width closes
 * within {@link MAX_RECORD_LINES} lines (docs/cli.md). Blank lines are skipped; a byte-order mark and
 * CRLF are accepted. Each record says how many physical lines it spans, so every line is accounted for.
 *
 * @example
 * for await (const record of readCsv(createReadStream('roster.csv'))) if (!record.ok) console.log(record.line);
 */
export async function* readCsv(stream: Readable, options: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const maxLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const { version } = options;
  const source = readLines(stream, maxLength)[Symbol.asyncIterator]();
  const ahead: PhysicalLine[] = [];
  let ended = false;
  const peek = async (k: number): Promise<PhysicalLine | undefined> => {
    while (ahead.length <= k && !ended) {
      const next = await source.next();
      if (next.done) ended = true;
      else ahead.push(next.value);
    }
    return ahead[k];
  };

  let compiled: CompiledHeader | undefined;
  let width = 0;
  let position = 0;
  for (let first = await peek(0); first !== undefined; first = await peek(0)) {
    if (first.text.trim() === '' && !first.tooLong) {
      ahead.shift();
      continue;
    }
    if (compiled === undefined) {
      ahead.shift();
      compiled = header(first, options.mapping);
      width = compiled.columns.length;
      if (compiled.ignored.length > 0) options.onIgnored?.(compiled.ignored);
      continue;
    }
    const reading = await readRecord(first, width, maxLength, peek);
    ahead.splice(0, reading.lines);
    const { line } = first;
    const lines = reading.lines;
    if (reading.kind === 'reject') {
      const issues = [{ path: '', code: reading.code, message: reading.message }];
      yield { position, line, lines, ok: false, reject: { position, line, issues } };
    } else if (reading.cells.length !== width) {
      const message = `the row has ${reading.cells.length} cells; the header has ${width}`;
      const code = reading.cells.length > width ? 'too_many_columns' : 'too_few_columns';
      yield {
        position,
        line,
        lines,
        ok: false,
        reject: { position, line, issues: [{ path: '', code, message }] },
      };
    } else {
      const value = rowToRecord(compiled, reading.cells);
      yield version === undefined
        ? { position, line, lines, ok: true, value }
        : { position, line, lines, ok: true, value, version };
    }
    position += 1;
  }
  if (compiled === undefined)
    throw new UsageError('the input is empty: expected a CSV header row and one row per profile');
}

function header(first: PhysicalLine, mapping: ColumnMapping | undefined): CompiledHeader {
  const fields = first.tooLong ? undefined : parseCsvFields(first.text);
  if (fields?.kind !== 'record')
    throw new UsageError(
      `the CSV header (line ${first.line}) is not one line of comma-separated names: ${excerpt(first.text)}`,
    );
  return compileHeader(fields.cells, mapping);
}

/** Whether a line, on its own, is a whole record of the header's width. */
function standsAlone(line: PhysicalLine, width: number): boolean {
  if (line.tooLong || line.text.trim() === '') return false;
  const fields = parseCsvFields(line.text);
  return fields.kind === 'record' && fields.cells.length === width;
}

async function readRecord(
  first: PhysicalLine,
  width: number,
  maxLength: number,
  peek: (k: number) => Promise<PhysicalLine | undefined>,
): Promise<Reading> {
  if (first.tooLong)
    return {
      kind: 'reject',
      code: 'line_too_long',
      message: `the line is over ${maxLength} characters`,
      lines: 1,
    };
  const fields = parseCsvFields(first.text);
  if (fields.kind === 'record') return { kind: 'record', cells: fields.cells, lines: 1 };
  if (fields.kind === 'invalid')
    return { kind: 'reject', code: 'invalid_csv', message: fields.reason, lines: 1 };
  // An open quote: the cell may go on over the next lines, or the quote may be a typo. The record is
  // taken whole only when it closes at the header's width before a line that stands alone as a record.
  const parts = [first.text];
  let length = first.text.length;
  for (let k = 1; k < MAX_RECORD_LINES; k += 1) {
    const next = await peek(k);
    if (next === undefined || next.tooLong || standsAlone(next, width)) break;
    parts.push(next.text);
    length += next.text.length + 1;
    if (length > maxLength) break;
    // A line without a quote cannot close the open cell.
    if (!next.text.includes('"')) continue;
    const joined = parseCsvFields(parts.join('\n'));
    if (joined.kind === 'open') continue;
    if (joined.kind === 'record' && joined.cells.length === width)
      return { kind: 'record', cells: joined.cells, lines: k + 1 };
    break;
  }
  return { kind: 'reject', code: 'invalid_csv', message: UNCLOSED, lines: 1 };
}
