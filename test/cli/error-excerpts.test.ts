import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excerpt } from '../../src/cli/_lib/excerpt.js';
import { describeJsonError } from '../../src/_lib/json-text.js';
import { readCsv } from '../../src/cli/input/csv.js';
import { Readable } from 'node:stream';
import { cli } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-excerpts-'));
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('input text in error messages', () => {
  it('quotes at most 200 characters of a huge headerless first line, digits masked, in the exit-2 message', async () => {
    const path = file('huge-header.csv', `${'123456789,'.repeat(20_000)}x\n1,2\n`);
    const { code, stderr } = await cli(['screen', path, ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `hirescreen: CSV column "*********": "*********" is not a profile field path (like id, name.full, addresses[0].line1); every path is in docs/profile.md\n`,
    );
    const oneCell = file('one-cell.csv', `${'ab'.repeat(100_000)}\n1\n`);
    const long = await cli(['screen', oneCell, ...AS_OF]);
    expect(long.code).toBe(2);
    expect(long.stderr.length).toBeLessThan(600);
    expect(long.stderr).toContain(`"${'ab'.repeat(100)}…"`);
  });

  it('never echoes an SSN that opens a headerless CSV (issue #17, item 4)', async () => {
    for (const ssn of ['536228147', '536-22-8147', '536 22 8147', '536.22.8147', '٥٣٦٢٢٨١٤٧']) {
      const { code, stderr } = await cli([
        'screen',
        file('no-header.csv', `${ssn},Ana Lima\n${ssn},Bo Chen\n`),
      ]);
      expect(code).toBe(2);
      const masked = `"${ssn.replace(/\p{Nd}/gu, '*')}"`;
      expect(stderr).toBe(
        `hirescreen: CSV column ${masked}: ${masked} is not a profile field path (like id, name.full, addresses[0].line1); every path is in docs/profile.md\n`,
      );
    }
  });

  it('masks every run of five or more digits in any script, keeps short numbers, and escapes control characters', () => {
    expect(
      excerpt('Ana 536-22-8147 \u0665\u0663\u0666\u0662\u0662 \uff15\uff13\uff16\uff12\uff12 apt 12'),
    ).toBe('"Ana ***-**-**** ***** ***** apt 12"');
    expect(excerpt('Bob\u001b[2K\rClear')).toBe('"Bob\\x1b[2K\\x0dClear"');
    expect(excerpt('x'.repeat(201))).toBe(`"${'x'.repeat(200)}…"`);
  });

  it('masks digits a JSON.parse message leaves outside its quotation, keeping the position', () => {
    const message = 'Unexpected token \'x\', ""536\\"22-8147x"... is not valid JSON at position 123456';
    expect(describeJsonError(new SyntaxError(message))).toBe(
      "not valid JSON (Unexpected token 'x', …536\\…... is not valid JSON at position 123456)",
    );
    expect(describeJsonError(new SyntaxError('Unexpected token 5362281470 here'))).toBe(
      'not valid JSON (Unexpected token ********** here)',
    );
  });

  it('quotes only the start of a header line over the length cap', async () => {
    const read = async (): Promise<void> => {
      for await (const record of readCsv(Readable.from([`${'4'.repeat(5000)},name\nx,y\n`]), {
        maxLineLength: 1000,
      }))
        void record;
    };
    await expect(read()).rejects.toThrow(
      `the CSV header (line 1) is not one line of comma-separated names: "${'*'.repeat(200)}…"`,
    );
  });
});
