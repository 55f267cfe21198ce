import { HirescreenError } from '../../errors.js';

/**
 * Refuses what cannot be a stream of records: a string is iterable, and `screenRoster('abc')` read it as
 * three records (issue 17, item 8). Accepts any other iterable or async iterable; each item is then
 * validated as a profile.
 *
 * @example
 * checkRecordsInput([{ id: 'p1' }], 'screenRoster'); // passes
 * checkRecordsInput('abc', 'screenRoster'); // throws HirescreenError INVALID_INPUT
 */
export function checkRecordsInput(inputs: unknown, caller: string): void {
  const iterable =
    typeof inputs === 'object' &&
    inputs !== null &&
    !(inputs instanceof String) &&
    (typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function' ||
      typeof (inputs as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function');
  if (!iterable)
    throw new HirescreenError(
      'INVALID_INPUT',
      `${caller} takes an iterable or async iterable of profile records (an array, a generator, a stream), not ${describe(inputs)}.`,
    );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || value instanceof String) return 'a string';
  return typeof value === 'object' ? 'an object that is not iterable' : `a ${typeof value}`;
}

/**
 * The records of a checked input, each in a box: `for await` over a plain iterable, and `yield` in an
 * async generator, read each item's `then`, so a record that is a throwing Proxy escaped as a raw error
 * and a record with a `then` method was awaited instead of validated. Boxed, a record is only ever
 * read by the schema, which turns a throwing read into a rejected record.
 *
 * @example
 * for await (const { record } of boxedRecords(inputs)) validateProfile(record, {}, false);
 */
export async function* boxedRecords(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<{ record: unknown }> {
  if (typeof (inputs as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') {
    for await (const record of inputs as AsyncIterable<unknown>) yield { record };
  } else {
    for (const record of inputs as Iterable<unknown>) yield { record };
  }
}
