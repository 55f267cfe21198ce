import type { Adapter, AdapterItem, AdapterResult, Mapped, RecordWhere } from '../types.js';
import { isObject } from './values.js';

/** A JSON.parse failure in words, without quoting the input (it may hold a document number). */
function jsonReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not valid JSON (${message.replace(/"[^"]*"/g, '…').slice(0, 100)})`;
}

function* itemsOf(adapter: Adapter, mapped: Mapped, where: RecordWhere): Generator<AdapterItem> {
  if ('malformed' in mapped) {
    yield { kind: 'malformed', record: { source: adapter.name, ...where, reason: mapped.malformed } };
  } else if ('skip' in mapped) {
    yield { kind: 'skipped', source: adapter.name, where, reason: mapped.skip };
  } else if (mapped.partials.length === 0) {
    yield { kind: 'skipped', source: adapter.name, where, reason: 'nothing about a person' };
  } else {
    for (const { person, profile, observedAt } of mapped.partials) {
      const partial = { source: adapter.name, person, profile, where, ...(observedAt && { observedAt }) };
      yield { kind: 'partial', partial };
    }
  }
}

/** Maps one record, turning a mapper's exception into a malformed record rather than a crash. */
export function mapOne(adapter: Adapter, record: unknown, where: RecordWhere): Generator<AdapterItem> {
  let mapped: Mapped;
  try {
    mapped = isObject(record) ? adapter.map(record) : { malformed: 'not a JSON object' };
  } catch (error) {
    mapped = { malformed: `could not be read (${error instanceof Error ? error.name : 'error'})` };
  }
  return itemsOf(adapter, mapped, where);
}

/**
 * The records of a JSON document: an array, or the array under a list envelope (`value` for Microsoft
 * Graph, `results` for Jamf Pro, `data` for JSON:API and Persona, `items` for Google), else the one object.
 */
export function recordsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (isObject(document)) {
    for (const key of ['value', 'results', 'data', 'items', 'employees', 'candidates']) {
      const list = document[key];
      if (Array.isArray(list)) return list;
    }
  }
  return [document];
}

/** Tallies a stream of items into an {@link AdapterResult}. */
export function tally(source: string, items: Iterable<AdapterItem>): AdapterResult {
  const result: AdapterResult = { source, partials: [], records: 0, used: 0, skipped: 0, malformed: [] };
  let lastKey = '';
  for (const item of items) {
    const where =
      item.kind === 'partial' ? item.partial.where : item.kind === 'skipped' ? item.where : item.record;
    const key = `${where?.position ?? ''}:${where?.line ?? ''}`;
    const fresh = key !== lastKey;
    lastKey = key;
    if (item.kind === 'partial') {
      result.partials.push(item.partial);
      if (fresh) result.used += 1;
    } else if (item.kind === 'skipped') result.skipped += 1;
    else result.malformed.push(item.record);
    if (fresh) result.records += 1;
  }
  return result;
}

/** Maps a list of records already parsed (a JSON array or envelope). */
export function* mapRecords(adapter: Adapter, records: readonly unknown[]): Generator<AdapterItem> {
  for (let position = 0; position < records.length; position += 1) {
    yield* mapOne(adapter, records[position], { position });
  }
}

/**
 * Maps line-delimited JSON one line at a time: blank lines are ignored, a byte-order mark and CR are
 * dropped, and a line that is not JSON becomes a malformed record with its line number. Only the current
 * line is held.
 */
export async function* mapLines(
  adapter: Adapter,
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<AdapterItem> {
  let line = 0;
  let position = 0;
  for await (const raw of lines) {
    line += 1;
    const text = (line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).trim();
    if (text === '') continue;
    yield* mapLine(adapter, text, { position, line });
    position += 1;
  }
}

/**
 * Maps a whole text: NDJSON when the first non-blank character is `{` and the document is not one JSON
 * value, else one JSON document whose records {@link recordsOf} finds. A document that is not JSON is one
 * malformed record at line 1.
 */
export function* mapText(adapter: Adapter, text: string): Generator<AdapterItem> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.search(/\S/);
  if (first === -1) return;
  if (body[first] === '{') {
    let whole: unknown;
    try {
      whole = JSON.parse(body);
    } catch {
      // Not one document: NDJSON, read line by line.
      yield* mapLinesSync(adapter, body.split('\n'));
      return;
    }
    yield* mapRecords(adapter, recordsOf(whole));
    return;
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    yield {
      kind: 'malformed',
      record: { source: adapter.name, position: 0, line: 1, reason: jsonReason(error) },
    };
    return;
  }
  yield* mapRecords(adapter, recordsOf(document));
}

/** One non-blank NDJSON line: its record's items, or a malformed record saying why it is not JSON. */
function* mapLine(
  adapter: Adapter,
  text: string,
  where: { position: number; line: number },
): Generator<AdapterItem> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    yield { kind: 'malformed', record: { source: adapter.name, ...where, reason: jsonReason(error) } };
    return;
  }
  yield* mapOne(adapter, record, where);
}

function* mapLinesSync(adapter: Adapter, lines: readonly string[]): Generator<AdapterItem> {
  let position = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text === '') continue;
    yield* mapLine(adapter, text, { position, line: index + 1 });
    position += 1;
  }
}

/**
 * Reads a whole input with one adapter: a JSON document (array or envelope), NDJSON text, or records
 * already parsed. Never throws for bad records; they are counted in `malformed` with their position.
 */
export function readWith(adapter: Adapter, input: string | readonly unknown[]): AdapterResult {
  return tally(
    adapter.name,
    typeof input === 'string' ? mapText(adapter, input) : mapRecords(adapter, input),
  );
}
