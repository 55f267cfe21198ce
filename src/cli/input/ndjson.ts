import type { Readable } from 'node:stream';
import { parseJsonText } from '../../_lib/json-text.js';
import type { RawRecord } from '../read-records.js';
import { MAX_LINE_LENGTH, readLines } from './lines.js';

/**
 * Reads NDJSON line by line from a stream: one JSON value per line, blank lines skipped, a byte-order
 * mark and CRLF line ends accepted. A broken line, or one over `maxLineLength` characters (default
 * {@link MAX_LINE_LENGTH}), becomes a reject with its line number; reading goes on. Only one line is
 * held at a time, and an over-long line only up to the cap. `version` (the file's) goes on every record
 * read. With `parse: false` a line is yielded as its `text` alone, for a reader that parses it where it
 * is needed (a roster run, which sends most lines to a worker thread as text): a line that is not JSON
 * is then its reader's to reject, with the same issue (`parseJsonText`).
 *
 * @example
 * for await (const record of readNdjson(createReadStream('roster.ndjson'))) console.log(record.position);
 */
export async function* readNdjson(
  stream: Readable,
  options: { maxLineLength?: number; version?: number; parse?: boolean } = {},
): AsyncGenerator<RawRecord> {
  const maxLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const { version, parse = true } = options;
  let position = 0;
  for await (const { line, text: rawText, tooLong } of readLines(stream, maxLength)) {
    const text = rawText.trim();
    if (text === '' && !tooLong) continue;
    if (tooLong) {
      const issues = [
        { path: '', code: 'line_too_long', message: `the line is over ${maxLength} characters` },
      ];
      yield { position, line, ok: false, reject: { position, line, issues } };
    } else if (!parse) {
      yield version === undefined
        ? { position, line, ok: true, text }
        : { position, line, ok: true, version, text };
    } else {
      const parsed = parseJsonText(text);
      if (!parsed.ok) yield { position, line, ok: false, reject: { position, line, issues: parsed.issues } };
      else
        yield version === undefined
          ? { position, line, ok: true, value: parsed.value, text }
          : { position, line, ok: true, value: parsed.value, version, text };
    }
    position += 1;
  }
}
