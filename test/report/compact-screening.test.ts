import type { Screening } from '../../src/engine/types.js';
import { compactScreening } from '../../src/report/json.js';

const screening: Screening = {
  profileId: 'emp-1',
  score: 0,
  decision: 'clear',
  decisionReasons: ['below review'],
  findings: [],
  ruleResults: [
    { ruleId: 'a', status: 'clear', findingCount: 0 },
    { ruleId: 'b', status: 'skipped', findingCount: 0, missing: ['phones'] },
    { ruleId: 'c', status: 'error', findingCount: 0, error: { code: 'RULE_FAILED', message: 'boom' } },
  ],
  dataGaps: [{ field: 'phones', rules: ['b'] }],
  rulesetVersion: 'rs-1',
  asOf: '2026-01-01T00:00:00.000Z',
};

describe('compactScreening', () => {
  it('counts rule outcomes and lists the failed rules with their message', () => {
    expect(compactScreening(screening)).toEqual({
      profileId: 'emp-1',
      score: 0,
      decision: 'clear',
      decisionReasons: ['below review'],
      findings: [],
      ruleCounts: { flagged: 0, clear: 1, skipped: 1, error: 1 },
      ruleErrors: [{ ruleId: 'c', message: 'boom' }],
      dataGaps: [{ field: 'phones', rules: ['b'] }],
    });
  });
});
