import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { describeJsonError, type RawRecord } from '../read-records.js';

/**
 * Reads NDJSON line by line from a stream: one JSON value per line, blank lines skipped, a byte-order
 * mark and CRLF line ends accepted. A broken line becomes a reject with its line number; reading goes
 * on. Only one line is held at a time.
 *
 * @example
 * for await (const record of readNdjson(createReadStream('roster.ndjson'))) console.log(record.position);
 */
export async function* readNdjson(stream: Readable): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let position = 0;
  let line = 0;
  for await (const rawLine of lines) {
    line += 1;
    const text = (line === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine).trim();
    if (text === '') continue;
    try {
      yield { position, line, ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      const issues = [{ path: '', code: 'invalid_json', message: describeJsonError(error) }];
      yield { position, line, ok: false, reject: { position, line, issues } };
    }
    position += 1;
  }
}
