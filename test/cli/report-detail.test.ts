import { join, resolve } from 'node:path';
import type { Screening } from '../../src/engine/types.js';
import type { CompactScreening } from '../../src/report/json.js';
import { cli } from './_support/cli.js';

const roster = join(resolve(__dirname, '../..'), 'examples/data/roster.json');
const AS_OF = ['--as-of', '2026-02-01T00:00:00Z'];

interface Report<S> {
  detail: string;
  summary: { screened: number };
  screenings: S[];
}

async function report<S>(extra: string[]): Promise<Report<S>> {
  const { code, stdout, stderr } = await cli(['screen', roster, '--format', 'json', ...AS_OF, ...extra]);
  expect([code, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as Report<S>;
}

describe('hirescreen screen --report-detail', () => {
  it('writes compact screenings by default: rule outcomes as counts, findings and gaps kept', async () => {
    const compact = await report<CompactScreening>([]);
    const full = await report<Screening>(['--report-detail', 'full']);
    expect([compact.detail, full.detail]).toEqual(['compact', 'full']);
    expect(compact.screenings).toHaveLength(full.screenings.length);
    full.screenings.forEach((screening, i) => {
      const short = compact.screenings[i] as CompactScreening;
      const counts = { flagged: 0, clear: 0, skipped: 0, error: 0 };
      for (const result of screening.ruleResults) counts[result.status] += 1;
      expect(short).toEqual({
        profileId: screening.profileId,
        score: screening.score,
        decision: screening.decision,
        decisionReasons: screening.decisionReasons,
        findings: screening.findings,
        ruleCounts: counts,
        dataGaps: screening.dataGaps,
        ...(screening.notes && { notes: screening.notes }),
      });
    });
  });

  it('rejects --report-detail without --format json, and an unknown detail', async () => {
    const text = await cli(['screen', roster, '--report-detail', 'full', ...AS_OF]);
    expect([text.code, text.stderr]).toEqual([
      2,
      'hirescreen: --report-detail sets what the JSON report carries: use it with --format json\n',
    ]);
    const bad = await cli(['screen', roster, '--format', 'json', '--report-detail', 'all', ...AS_OF]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'hirescreen: --report-detail must be one of compact, full (got "all")\n',
    ]);
  });
});
