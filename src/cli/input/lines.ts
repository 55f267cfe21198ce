import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** One physical line of input, without its line end; `text` is cut short when the line is too long. */
export interface PhysicalLine {
  /** One-based line number. */
  line: number;
  text: string;
  /** The line was longer than the cap; `text` holds only its start and must not be read as a record. */
  tooLong: boolean;
}

/**
 * The longest line read as a record, in UTF-16 units. A profile with a pasted résumé is some tens of
 * kilobytes; 8 MiB leaves room for far more while keeping one hostile line (the 200 MB "line")
 * from being held, parsed or echoed whole.
 */
export const MAX_LINE_LENGTH = 8 * 1024 * 1024;

/**
 * Splits a stream into physical lines: `\n` ends a line and a `\r` before it is dropped; a byte-order
 * mark at the very start is dropped. A line longer than `maxLength` keeps only its first `maxLength`
 * characters and is marked `tooLong`; the rest is skipped as it arrives, never held.
 *
 * @example
 * for await (const { line, text } of readLines(createReadStream('roster.ndjson'))) console.log(line, text.length);
 */
export async function* readLines(
  stream: Readable,
  maxLength: number = MAX_LINE_LENGTH,
): AsyncGenerator<PhysicalLine> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let held = 0;
  let tooLong = false;
  let line = 0;
  let first = true;
  const take = (piece: string): void => {
    if (tooLong || piece === '') return;
    if (held + piece.length > maxLength) {
      parts.push(piece.slice(0, maxLength - held));
      held = maxLength;
      tooLong = true;
      return;
    }
    parts.push(piece);
    held += piece.length;
  };
  const finish = (): PhysicalLine => {
    let text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    if (!tooLong && text.endsWith('\r')) text = text.slice(0, -1);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    line += 1;
    const result = { line, text, tooLong };
    parts = [];
    held = 0;
    tooLong = false;
    return result;
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      yield finish();
      start = end + 1;
    }
    take(text.slice(start));
  }
  take(decoder.end());
  if (held > 0 || tooLong) yield finish();
}
