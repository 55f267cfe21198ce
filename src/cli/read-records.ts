import type { Reject } from '../report/batch.js';
import { describeJsonError } from '../_lib/json-text.js';
import { UsageError } from './usage-error.js';

/**
 * One input record, or the reason its text could not be read as a record. `line` is where it starts and
 * `lines` how many physical lines it spans (CSV, where a quoted cell may hold line breaks).
 */
export type RawRecord =
  | {
      position: number;
      line?: number;
      lines?: number;
      ok: true;
      /** Absent only when an NDJSON reader was asked not to parse (`parse: false`): then `text` is the record. */
      value?: unknown;
      version?: number;
      /** The JSON text the value was parsed from (NDJSON), which crosses to a worker thread cheaper. */
      text?: string;
    }
  | { position: number; line?: number; lines?: number; ok: false; reject: Reject };

/**
 * One profile written over several lines (a pretty-printed JSON object): its first line is not JSON on
 * its own, but the whole text is one object. Undefined for anything else, which is read as NDJSON.
 */
function singleDocument(body: string): object | undefined {
  const firstLine = body.trimStart().split('\n', 1)[0] as string;
  if (!firstLine.startsWith('{') || parses(firstLine)) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits input text into records: a JSON array (first non-blank character `[`), one JSON object written
 * over several lines, or NDJSON (one JSON value per line; blank lines ignored). A byte-order mark and
 * CRLF line ends are accepted. A broken NDJSON line becomes a reject with its line number; the other
 * lines are still read.
 *
 * @example
 * [...readRecords('{"id":"a"}\n{"id":"b"}\n')].length // 2
 */
export function* readRecords(text: string): Generator<RawRecord> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start === -1) throw new UsageError('the input is empty: expected a JSON array or NDJSON of profiles');
  if (body[start] === '[') {
    let values: unknown;
    try {
      values = JSON.parse(body);
    } catch (error) {
      throw new UsageError(`the input starts like a JSON array but is ${describeJsonError(error)}`);
    }
    if (!Array.isArray(values)) throw new UsageError('expected a JSON array of profiles');
    for (let position = 0; position < values.length; position += 1) {
      yield { position, ok: true, value: values[position] };
    }
    return;
  }
  const single = singleDocument(body);
  if (single !== undefined) {
    yield { position: 0, ok: true, value: single };
    return;
  }
  let position = 0;
  let lineNumber = 0;
  for (const rawLine of body.split('\n')) {
    lineNumber += 1;
    const line = rawLine.trim();
    if (line === '') continue;
    try {
      yield { position, line: lineNumber, ok: true, value: JSON.parse(line) };
    } catch (error) {
      yield {
        position,
        line: lineNumber,
        ok: false,
        reject: {
          position,
          line: lineNumber,
          issues: [{ path: '', code: 'invalid_json', message: describeJsonError(error) }],
        },
      };
    }
    position += 1;
  }
}
