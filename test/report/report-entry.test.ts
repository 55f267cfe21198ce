import { createScreener } from '../../src/engine/screener.js';
import { compactScreening } from '../../src/report/json.js';
import {
  countsOf,
  keepReportEntry,
  reportEntryText,
  takeReportEntry,
} from '../../src/report/report-entry.js';

const screener = createScreener({ now: '2026-01-15T00:00:00Z' });
const flagged = () =>
  screener.screen({
    id: 'e-1',
    nationalIds: [{ type: 'us-ssn', value: '123-45-6789', verification: 'mismatch' }],
    interviews: [{ mode: 'video', cameraOn: false }],
  });

/** A value pretty-printed and indented four spaces, as the report's array items were first written. */
const indented = (value: unknown): string => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;

describe('reportEntryText', () => {
  it('prints a screening as the report array holds it, in either detail', async () => {
    const screening = await flagged();
    expect(screening.findings.length).toBeGreaterThan(0);
    expect(reportEntryText(screening, 'full')).toBe(indented(screening));
    expect(reportEntryText(screening, 'compact')).toBe(indented(compactScreening(screening)));
  });
});

describe('countsOf and a kept entry', () => {
  it('keeps what the counts read and drops findings, rule results, decision reasons and data gaps', async () => {
    const screening = await flagged();
    const counts = countsOf(screening);
    expect(counts).toEqual({
      ...screening,
      findings: [],
      ruleResults: [],
      decisionReasons: [],
      dataGaps: [],
    });
    expect([counts.profileId, counts.decision, counts.score]).toEqual([
      screening.profileId,
      screening.decision,
      screening.score,
    ]);
    expect([screening.findings.length, screening.dataGaps.length].every((n) => n > 0)).toBe(true);
  });

  it('gives counts back as they are, without a copy', async () => {
    const counts = countsOf(await flagged());
    expect(countsOf(counts)).toBe(counts);
  });

  it('gives the entry kept for those counts once, and none for any other screening', async () => {
    const screening = await flagged();
    const counts = countsOf(screening);
    const text = reportEntryText(screening, 'compact');
    keepReportEntry(counts, { detail: 'compact', text });
    expect(takeReportEntry(counts)).toEqual({ detail: 'compact', text });
    // Taken once: the map does not keep the text alive after the report has it.
    expect(takeReportEntry(counts)).toBeUndefined();
    expect(takeReportEntry(screening)).toBeUndefined();
    expect(takeReportEntry(countsOf(screening))).toBeUndefined();
  });
});
