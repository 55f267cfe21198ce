import { createScreener } from '../../src/engine/screener.js';
import type { Screening } from '../../src/engine/types.js';
import { JsonReportSpool } from '../../src/cli/json-report.js';
import type { ReportOutput } from '../../src/cli/output.js';
import { compactScreening } from '../../src/report/json.js';

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
  let text = '';
  const output: ReportOutput = {
    write: async (chunk) => {
      text += chunk;
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
  return text;
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
});
