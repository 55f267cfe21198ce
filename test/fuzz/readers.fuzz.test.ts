import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readCsv } from '../../src/cli/input/csv.js';
import { readNdjson } from '../../src/cli/input/ndjson.js';
import type { RawRecord } from '../../src/cli/read-records.js';
import { fuzzParameters } from './_support/runs.js';

async function all(records: AsyncIterable<RawRecord>): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

const positionsInOrder = (records: readonly RawRecord[]): boolean =>
  records.every((record, i) => record.position === i);

/** Lines of NDJSON: valid records, broken JSON, blank lines, a BOM, CRLF. */
const ndjsonLine = fc.oneof(
  fc.json(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '   ', '{"id":"a"', '\ufeff{"id":"b"}', '{"id":"c"}\r'),
);

describe('fuzz: the record readers', () => {
  it('reads every non-blank NDJSON line as one record or one reject, in order, with its line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ndjsonLine, { maxLength: 30 }), async (lines) => {
        const text = lines.join('\n');
        const records = await all(readNdjson(Readable.from([text])));
        const expected = text.split('\n').filter((line, i) => {
          const bare = i === 0 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
          return bare.trim() !== '';
        }).length;
        return records.length === expected && positionsInOrder(records);
      }),
      fuzzParameters(0.05),
    );
  });

  it('reads any CSV text into records and rejects in order, without throwing', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '"a,b"', 'x"y', '\r', ''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
        async (rows) => {
          const text = ['id,name.full', ...rows.map((row) => row.join(','))].join('\n');
          const records = await all(readCsv(Readable.from([text])));
          return positionsInOrder(records);
        },
      ),
      fuzzParameters(0.05),
    );
  });
});
