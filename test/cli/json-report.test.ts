import { createScreener } from '../../src/engine/screener.js';
import type { Screening } from '../../src/engine/types.js';
import { JsonReportSpool } from '../../src/cli/json-report.js';
import type { ReportOutput } from '../../src/cli/output.js';
import { compactScreening } from '../../src/report/json.js';
import { countsOf, keepReportEntry, reportEntryText } from '../../src/report/report-entry.js';

async function screenings(): Promise<Screening[]> {
  const screener = createScreener({ now: '2026-01-15T00:00:00Z' });
  return Promise.all([
    screener.screen({ id: 'a', name: { full: 'Ana Lima' }, phones: [{ number: '+1 415 555 0100' }] }),
    screener.screen({
      id: 'b\n"quoted"',
      nationalIds: [{ type: 'us-ssn', value: '123-45-6789', verification: 'mismatch' }],
      interviews: [{ mode: 'video', cameraOn: false }],
    }),
    screener.screen({ id: 'c' }),
  ]);
}

async function written(detail: 'compact' | 'full', items: Screening[]): Promise<string> {
  const spool = await JsonReportSpool.create(detail);
  const parts: Buffer[] = [];
  const output: ReportOutput = {
    write: async (chunk) => {
      parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    },
    close: async () => {},
    abort: async () => {},
  };
  try {
    for (const screening of items) spool.add(screening);
    await spool.writeTo(output, {
      rulesetVersion: 'v',
      asOf: '2026-01-15T00:00:00.000Z',
      summary: { total: items.length, screened: items.length, rejected: 0 } as never,
      rejects: [],
      clusters: undefined,
    });
  } finally {
    await spool.dispose();
  }
  return Buffer.concat(parts).toString('utf8');
}

/** The screenings' part of a report as it was written before issue 16: each pretty-printed, then indented. */
const indented = (values: unknown[]): string =>
  values.map((value) => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`).join(',\n');

describe('JsonReportSpool', () => {
  it('writes each full screening as the pretty-printed, four-space-indented item it was before', async () => {
    const items = await screenings();
    const text = await written('full', items);
    expect(text).toContain(`"screenings": [\n${indented(items)}\n  ],\n`);
    expect((JSON.parse(text) as { screenings: unknown }).screenings).toEqual(
      JSON.parse(JSON.stringify(items)),
    );
  });

  it('writes compact screenings in the same layout', async () => {
    const items = await screenings();
    const text = await written('compact', items);
    expect(text).toContain(`"screenings": [\n${indented(items.map(compactScreening))}\n  ],\n`);
  });

  it('writes the same bytes across its buffer, for non-Latin-1 text and a screening larger than the buffer', async () => {
    const screener = createScreener({ now: '2026-01-15T00:00:00Z' });
    const items: Screening[] = [];
    // About 1,500 screenings of 1-2 KB fill the 1 MiB buffer more than once, so flushes fall mid-run.
    for (let i = 0; i < 1_500; i++)
      items.push(await screener.screen({ id: `p-${i}-Nguyễn Thị Ánh 💼`, name: { full: 'Zoë Ångström' } }));
    // One screening whose text alone is over the buffer's worst case: written straight through.
    const big = await screener.screen({ id: 'big' });
    items.splice(700, 0, { ...big, decisionReasons: [`é${'ü'.repeat(400_000)}`] });
    const text = await written('full', items);
    expect(text).toContain(`"screenings": [\n${indented(items)}\n  ],\n`);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
  }, 60_000);

  it('writes the entries workers rendered as they are, between screenings it renders itself', async () => {
    const screener = createScreener({ now: '2026-01-15T00:00:00Z' });
    const items: Screening[] = [];
    for (let i = 0; i < 1_500; i++)
      items.push(await screener.screen({ id: `p-${i}-Zoë`, phones: [{ number: '+1 415 555 0100' }] }));
    const big = await screener.screen({ id: 'big' });
    items.splice(900, 0, { ...big, decisionReasons: [`é${'ü'.repeat(400_000)}`] });
    for (const detail of ['compact', 'full'] as const) {
      // Every third screening, and the big one, come as a worker sends them: counts and the entry.
      const mixed = items.map((screening, i) => {
        if (i % 3 !== 0 && screening.profileId !== 'big') return screening;
        const counts = countsOf(screening);
        keepReportEntry(counts, { detail, text: reportEntryText(screening, detail) });
        return counts;
      });
      expect(await written(detail, mixed)).toBe(await written(detail, items));
    }
  }, 60_000);

  it('refuses an entry rendered in another detail, which it cannot render again from the counts', async () => {
    const [screening] = await screenings();
    const counts = countsOf(screening as Screening);
    keepReportEntry(counts, { detail: 'compact', text: ' ' });
    await expect(written('full', [counts])).rejects.toThrow(
      'a compact report entry was given to a full report',
    );
  });
});
