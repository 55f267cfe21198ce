import type { Issue } from '../errors.js';

// Any decimal digit (Arabic-Indic and full-width included), and runs of them joined by separators.
const DIGIT = /\p{Nd}/gu;
const DIGIT_RUN = /\p{Nd}(?:[\p{Nd}\p{Zs}\p{Pd}\p{Cf}._/|]*\p{Nd})?/gu;

/**
 * Masks every run of five or more decimal digits (any script, any separators between them) with `*`.
 *
 * @example
 * maskDigitRuns('SSN 536 22 8147, apt 12') // 'SSN *** ** ****, apt 12'
 */
export function maskDigitRuns(text: string): string {
  return text.replace(DIGIT_RUN, (run) =>
    (run.match(DIGIT)?.length ?? 0) >= 5 ? run.replace(DIGIT, '*') : run,
  );
}

/**
 * A JSON.parse failure in words, without quoting the input (it may hold an SSN).
 *
 * @example
 * describeJsonError(new SyntaxError('Unexpected token } in JSON at position 12')); // 'not valid JSON (Unexpected token } in JSON at position 12)'
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // JSON.parse messages can quote the input; keep only the part that says what and where. An escaped
  // quote inside the quotation can leave some of it outside the pairs, hence the digit masking, which
  // spares the position (a number the reader needs, not a value).
  const where = /\bposition (\d+)/.exec(message)?.[1];
  const what = maskDigitRuns(message.replace(/"[^"]*"/g, '…'));
  const text = where === undefined ? what : what.replace(/\bposition [*\d]+/, `position ${where}`);
  return `not valid JSON (${text.slice(0, 120)})`;
}

/**
 * One record's JSON text as a value, or the `invalid_json` issue an NDJSON reader reports for a line
 * that is not JSON: the same words on whichever thread parses it.
 *
 * @example
 * parseJsonText('{"id":"p1"}'); // { ok: true, value: { id: 'p1' } }
 * parseJsonText('{"id":'); // { ok: false, issues: [{ path: '', code: 'invalid_json', message: 'not valid JSON (…)' }] }
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, issues: [{ path: '', code: 'invalid_json', message: describeJsonError(error) }] };
  }
}

/**
 * A record as read, as a value: its `value`, or else its `text` parsed (a roster record given as the
 * JSON text alone). Text that is not JSON gives `parseJsonText`'s issue.
 *
 * @example
 * recordValue({ text: '{"id":"p1"}' }); // { ok: true, value: { id: 'p1' } }
 * recordValue({ value: { id: 'p1' } }); // { ok: true, value: { id: 'p1' } }
 */
export function recordValue(record: {
  value?: unknown;
  text?: string;
}): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  return record.value === undefined && record.text !== undefined
    ? parseJsonText(record.text)
    : { ok: true, value: record.value };
}
