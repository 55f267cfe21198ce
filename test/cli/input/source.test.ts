import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource } from '../../../src/cli/input/source.js';
import type { RawRecord } from '../../../src/cli/read-records.js';
import { UsageError } from '../../../src/cli/usage-error.js';

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-source-'));

async function versions(records: AsyncIterable<RawRecord>): Promise<Array<number | undefined>> {
  const out: Array<number | undefined> = [];
  for await (const record of records) out.push(record.ok ? record.version : undefined);
  return out;
}

describe('a roster file read twice', () => {
  it.each(['ndjson', 'csv'] as const)(
    'gives each %s record the file version, the same in both passes',
    async (format) => {
      const file = join(dir, `same.${format}`);
      writeFileSync(file, format === 'csv' ? 'id,name.full\na,Ana\nb,Bo\n' : '{"id":"a"}\n{"id":"b"}\n');
      const source = await openSource(file, {}, { passes: 2 });
      const first = await versions(source.read());
      const second = await versions(source.read());
      expect(first).toHaveLength(2);
      expect(typeof first[0]).toBe('number');
      expect(new Set(first).size).toBe(1);
      expect(second).toEqual(first);
    },
  );

  it('gives the records another version once the file has changed between the passes', async () => {
    const file = join(dir, 'changed.ndjson');
    writeFileSync(file, '{"id":"a"}\n');
    const source = await openSource(file, {}, { passes: 2 });
    const [before] = await versions(source.read());
    writeFileSync(file, '{"id":"b"}\n');
    const [after] = await versions(source.read());
    expect(after).not.toBe(before);
  });

  it('stops with a usage error when the file changes while it is read', async () => {
    const file = join(dir, 'growing.ndjson');
    writeFileSync(file, '{"id":"a"}\n{"id":"b"}\n');
    const source = await openSource(file, {}, { passes: 2 });
    const read = async (): Promise<void> => {
      for await (const record of source.read())
        if (record.position === 0) appendFileSync(file, '{"id":"c"}\n');
    };
    await expect(read()).rejects.toThrow(UsageError);
    await expect(read()).rejects.toThrow(`"${file}" changed while it was being read`);
  });
});
