import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readCsv } from '../../../src/cli/input/csv.js';
import { parseCsvFields } from '../../../src/cli/input/csv-fields.js';
import type { RawRecord } from '../../../src/cli/read-records.js';
import { cli } from '../_support/cli.js';
import type { BatchReport } from '../../../src/report/batch.js';

async function records(text: string, maxLineLength?: number): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  const options = maxLineLength === undefined ? {} : { maxLineLength };
  for await (const record of readCsv(Readable.from([text]), options)) out.push(record);
  return out;
}

/** The issue's reproduction: 1,000 rows, row 2's name opens a quote it never closes. */
function strayQuoteRoster(): string {
  const rows = ['id,name.full,addresses[0].purpose,addresses[0].line1,addresses[0].postalCode'];
  for (let i = 1; i <= 1000; i += 1) {
    const shared = i > 500 && i <= 600;
    const line1 = shared ? '1420 Ridgeview Dr' : `${i} Oak St`;
    const postal = shared ? '37211' : String(10000 + i);
    rows.push(`e-${i},${i === 2 ? '"Mallory' : `Person ${i}`},shipping,${line1},${postal}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('CSV with a stray quote', () => {
  it('rejects only the row with an unclosed quote, with its line, and screens and clusters the other 999', async () => {
    const { code, stdout } = await cli(
      ['screen', '-', '--input-format', 'csv', '--format', 'json', '--as-of', '2026-02-01T00:00:00Z'],
      strayQuoteRoster(),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as BatchReport;
    expect(report.summary).toMatchObject({ input: 1000, screened: 999, rejected: 1 });
    expect(report.rejects).toEqual([
      {
        position: 1,
        line: 3,
        issues: [
          {
            path: '',
            code: 'invalid_csv',
            message:
              'a quoted cell is never closed: no following line completes a record of the header\u2019s width',
          },
        ],
      },
    ]);
    const members = Array.from({ length: 100 }, (_, i) => `e-${501 + i}`).sort();
    expect(report.clusters?.map((cluster) => [...cluster.members].sort())).toEqual([members]);
  });

  it('reads a quoted cell that spans lines as one record spanning those lines', async () => {
    const text = 'id,name.full,addresses[0].line1\na,"Ana\nLima","x, ""y"""\nb,Bo,\n';
    expect(await records(text)).toEqual([
      {
        position: 0,
        line: 2,
        lines: 2,
        ok: true,
        value: { id: 'a', name: { full: 'Ana\nLima' }, addresses: [{ line1: 'x, "y"' }] },
      },
      { position: 1, line: 4, lines: 1, ok: true, value: { id: 'b', name: { full: 'Bo' } } },
    ]);
  });

  it('rejects an unclosed quote at the end of the file and still reads the rows after it', async () => {
    const text = 'id,name.full\na,Ana\nb,"Bo\nc,Cy"x\nd,"Di\n';
    const result = await records(text);
    expect(result.map((r) => [r.line, r.ok ? 'ok' : r.reject.issues[0]?.code])).toEqual([
      [2, 'ok'],
      [3, 'invalid_csv'],
      [4, 'invalid_csv'],
      [5, 'invalid_csv'],
    ]);
  });

  it('rejects a line over the length cap without holding it, and reads the next line', async () => {
    const text = `id,name.full\na,${'x'.repeat(5000)}\nb,Bo\n`;
    const result = await records(text, 1000);
    expect(result[0]).toMatchObject({
      line: 2,
      ok: false,
      reject: { issues: [{ code: 'line_too_long', message: 'the line is over 1000 characters' }] },
    });
    expect(result[1]).toMatchObject({ line: 3, ok: true, value: { id: 'b' } });
  });
});

describe('parseCsvFields', () => {
  it('reads quoted cells with commas and doubled quotes, and empty cells', () => {
    expect(parseCsvFields('a,"b, ""c""",,')).toEqual({ kind: 'record', cells: ['a', 'b, "c"', '', ''] });
  });

  it('reports an open quote and the two kinds of misplaced quote', () => {
    expect(parseCsvFields('a,"Mallory')).toEqual({ kind: 'open' });
    expect(parseCsvFields('a,Ed "Fast" Fox')).toMatchObject({ kind: 'invalid' });
    expect(parseCsvFields('a,"Ed"x,b')).toMatchObject({ kind: 'invalid' });
  });
});

describe('every CSV line is accounted for', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', ',', '"'), maxLength: 6 });
  const quoteCell = (text: string): string =>
    /[",]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
  const roster = fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.record({
      width: fc.constant(width),
      rows: fc.array(fc.array(cell, { minLength: width - 1, maxLength: width - 1 }), { maxLength: 25 }),
      strays: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
    }),
  );

  it('puts every physical data line in exactly one record, and reads every untouched row exactly', async () => {
    await fc.assert(
      fc.asyncProperty(roster, async ({ width, rows, strays }) => {
        const header = ['id', 'name.full', 'addresses[0].line1', 'addresses[0].city']
          .slice(0, width)
          .join(',');
        const lines = rows.map((cells, i) => [`r${i}`, ...cells.map(quoteCell)].join(','));
        const touched = new Set<number>();
        for (const [row, at] of strays) {
          if (lines.length === 0) break;
          const i = row % lines.length;
          const text = lines[i] as string;
          const cut = at % (text.length + 1);
          lines[i] = `${text.slice(0, cut)}"${text.slice(cut)}`;
          touched.add(i);
        }
        const result = await records(`${header}\n${lines.join('\n')}\n`);
        const covered: number[] = [];
        for (const record of result) {
          for (let k = 0; k < (record.lines ?? 1); k += 1) covered.push((record.line as number) + k);
        }
        expect(covered).toEqual(lines.map((_, i) => i + 2));
        expect(result.map((record) => record.position)).toEqual(result.map((_, i) => i));
        for (let i = 0; i < rows.length; i += 1) {
          if (touched.has(i)) continue;
          const record = result.find((r) => r.line === i + 2);
          expect(record?.lines).toBe(1);
          expect(record?.ok && (record.value as { id: string }).id).toBe(`r${i}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
