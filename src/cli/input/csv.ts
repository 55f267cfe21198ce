import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { RawRecord } from '../read-records.js';
import { UsageError } from '../usage-error.js';
import { compileHeader, rowToRecord, type ColumnMapping, type CompiledHeader } from './columns.js';

export interface CsvOptions {
  mapping?: ColumnMapping;
  /** Called once with the header's unmapped columns (mapping file only), to warn about them. */
  onIgnored?: (headers: string[]) => void;
}

/**
 * Reads CSV from a stream with `csv-parse`, one row at a time: the first row is the header (profile
 * paths, or names the mapping translates), every other row one profile. A row with more or fewer cells
 * than the header, or one csv-parse cannot read (a stray quote), becomes a reject with its line; empty
 * lines are skipped; a byte-order mark and CRLF are accepted.
 *
 * @example
 * for await (const record of readCsv(createReadStream('roster.csv'))) if (!record.ok) console.log(record.line);
 */
export async function* readCsv(stream: Readable, options: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const skipped: Array<{ line: number; message: string }> = [];
  const parser = stream.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        skipped.push({ line, message: csvReason(error) });
        return undefined;
      },
    }),
  );
  let compiled: CompiledHeader | undefined;
  let width = 0;
  let position = 0;
  const flushSkipped = function* (): Generator<RawRecord> {
    for (const { line, message } of skipped.splice(0)) {
      const reject = { position, line, issues: [{ path: '', code: 'invalid_csv', message }] };
      yield { position, line, ok: false, reject };
      position += 1;
    }
  };
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record: row, info } = item;
    if (compiled === undefined) {
      skipped.length = 0;
      compiled = compileHeader(row, options.mapping);
      width = row.length;
      if (compiled.ignored.length > 0) options.onIgnored?.(compiled.ignored);
      continue;
    }
    yield* flushSkipped();
    const line = info.lines;
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    if (row.length !== width) {
      const message = `the row has ${row.length} cells; the header has ${width}`;
      const code = row.length > width ? 'too_many_columns' : 'too_few_columns';
      yield { position, line, ok: false, reject: { position, line, issues: [{ path: '', code, message }] } };
    } else yield { position, line, ok: true, value: rowToRecord(compiled, row) };
    position += 1;
  }
  if (compiled === undefined)
    throw new UsageError('the input is empty: expected a CSV header row and one row per profile');
  yield* flushSkipped();
}

function csvReason(error: CsvError | undefined): string {
  const code = error?.code ?? 'CSV_INVALID';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'a quote inside a cell is not escaped';
  return `not valid CSV (${code})`;
}
