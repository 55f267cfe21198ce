import type { Readable } from 'node:stream';
import { describeJsonError, type RawRecord } from '../read-records.js';
import { MAX_LINE_LENGTH, readLines } from './lines.js';

/**
 * Reads NDJSON line by line from a stream: one JSON value per line, blank lines skipped, a byte-order
 * mark and CRLF line ends accepted. A broken line, or one over `maxLineLength` characters (default
 * {@link MAX_LINE_LENGTH}), becomes a reject with its line number; reading goes on. Only one line is
 * held at a time, and an over-long line only up to the cap. `version` (the file's) goes on every record
 * read.
 *
 * @example
 * for await (const record of readNdjson(createReadStream('roster.ndjson'))) console.log(record.position);
 */
export async function* readNdjson(
  stream: Readable,
  options: { maxLineLength?: number; version?: number } = {},
): AsyncGenerator<RawRecord> {
  const maxLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const { version } = options;
  let position = 0;
  for await (const { line, text: rawText, tooLong } of readLines(stream, maxLength)) {
    const text = rawText.trim();
    if (text === '' && !tooLong) continue;
    if (tooLong) {
      const issues = [
        { path: '', code: 'line_too_long', message: `the line is over ${maxLength} characters` },
      ];
      yield { position, line, ok: false, reject: { position, line, issues } };
      position += 1;
      continue;
    }
    try {
      const value = JSON.parse(text) as unknown;
      yield version === undefined
        ? { position, line, ok: true, value, text }
        : { position, line, ok: true, value, version, text };
    } catch (error) {
      const issues = [{ path: '', code: 'invalid_json', message: describeJsonError(error) }];
      yield { position, line, ok: false, reject: { position, line, issues } };
    }
    position += 1;
  }
}
