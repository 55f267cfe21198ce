import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseJsonText } from '../../src/_lib/json-text.js';
import { readNdjson } from '../../src/cli/input/ndjson.js';
import type { RawRecord } from '../../src/cli/read-records.js';
import type { BatchReport } from '../../src/report/batch.js';
import { cli } from './_support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-limits-'));
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** 20 KB of seeded pseudo-random bytes, with line breaks where the bytes happen to hold them. */
function randomBytes(): Buffer {
  const bytes = Buffer.alloc(20_000);
  let state = 17;
  for (let i = 0; i < bytes.length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 23;
  }
  return bytes;
}

describe('--max-reject-rate', () => {
  it('exits 2 on random bytes read as NDJSON, even with --fail-on review, and says nothing was screened', async () => {
    const path = file('noise.ndjson', randomBytes());
    const { code, stdout, stderr } = await cli([
      'screen',
      path,
      '--fail-on',
      'review',
      '--format',
      'json',
      ...AS_OF,
    ]);
    const { summary } = JSON.parse(stdout) as BatchReport;
    expect(summary.screened).toBe(0);
    expect(summary.rejected).toBe(summary.input);
    expect(summary.input).toBeGreaterThan(10);
    expect(stderr).toBe(
      `hirescreen: nothing was screened: all ${summary.input} record(s) were rejected (see the report's rejected records)\n` +
        `hirescreen: ${summary.input} of ${summary.input} record(s) rejected (100 %), more than --max-reject-rate 0.5 allows: the input is not a usable roster\n`,
    );
    expect(code).toBe(2);
  });

  it('passes at a rate at the limit and fails just over it', async () => {
    const path = file('half.ndjson', '{"id":"a"}\n{oops\n{"id":"b"}\n{"id":7}\n');
    expect((await cli(['screen', path, ...AS_OF])).code).toBe(0);
    const over = await cli(['screen', path, '--max-reject-rate', '0.49', ...AS_OF]);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(
      'hirescreen: 2 of 4 record(s) rejected (50 %), more than --max-reject-rate 0.49 allows: the input is not a usable roster\n',
    );
  });

  it('still says plainly that nothing was screened when --max-reject-rate 1 lets the run pass', async () => {
    const { code, stderr } = await cli([
      'screen',
      file('bad.ndjson', '{oops\n'),
      '--max-reject-rate',
      '1',
      ...AS_OF,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      "hirescreen: nothing was screened: all 1 record(s) were rejected (see the report's rejected records)\n",
    );
  });

  it('exits 2 on a rate that is not a share', async () => {
    for (const rate of ['1.5', '-0.1', 'half', ' ']) {
      const { code, stderr } = await cli(['screen', 'x.ndjson', `--max-reject-rate=${rate}`]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `hirescreen: --max-reject-rate must be a share from 0 to 1, like 0.5 (got "${rate}")\n`,
      );
    }
  });
});

describe('long lines and raw cells in messages', () => {
  it('rejects an NDJSON line over the cap with a short message, and reads the next line', async () => {
    const records: RawRecord[] = [];
    const text = `{"id":"${'7'.repeat(5000)}"}\n{"id":"b"}\n`;
    for await (const record of readNdjson(Readable.from([text]), { maxLineLength: 1000 }))
      records.push(record);
    expect(records).toEqual([
      {
        position: 0,
        line: 1,
        ok: false,
        reject: {
          position: 0,
          line: 1,
          issues: [{ path: '', code: 'line_too_long', message: 'the line is over 1000 characters' }],
        },
      },
      { position: 1, line: 2, ok: true, value: { id: 'b' }, text: '{"id":"b"}' },
    ]);
  });

  it('yields lines as text alone with parse: false, leaving a broken line to whoever parses it', async () => {
    const records: RawRecord[] = [];
    const text = `{"id":"a"}\r\n\n{"id": \n{"id":"${'7'.repeat(5000)}"}\n`;
    for await (const record of readNdjson(Readable.from([text]), {
      maxLineLength: 1000,
      parse: false,
      version: 9,
    }))
      records.push(record);
    expect(records).toEqual([
      { position: 0, line: 1, ok: true, text: '{"id":"a"}', version: 9 },
      { position: 1, line: 3, ok: true, text: '{"id":', version: 9 },
      {
        position: 2,
        line: 4,
        ok: false,
        reject: {
          position: 2,
          line: 4,
          issues: [{ path: '', code: 'line_too_long', message: 'the line is over 1000 characters' }],
        },
      },
    ]);
    // The roster stream parses such a line with the reader's own words for it.
    const parsed: RawRecord[] = [];
    for await (const record of readNdjson(Readable.from(['{"id": \n']))) parsed.push(record);
    const issues = parsed[0]?.ok === false ? parsed[0].reject.issues : [];
    expect(parseJsonText('{"id":')).toEqual({ ok: false, issues });
  });
});
