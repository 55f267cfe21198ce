import { join } from 'node:path';
import { screenRoster } from '../../../src/roster/screen-roster.js';
import { rules } from './fixtures/looping-rules.js';

const NOW = '2026-02-01T00:00:00Z';
const workerRules = join(__dirname, 'fixtures', 'looping-rules.ts');
const roster = [
  { id: 'before', name: { full: 'Pat' } },
  { id: 'stuck', name: { full: 'Pat' } },
  { id: 'after', name: { full: 'Pat' } },
];

describe('the worker time budget', () => {
  it('turns a rule that loops forever into its error result, replaces the worker and screens the rest', async () => {
    const result = await screenRoster(roster, {
      now: NOW,
      rules,
      workerRules,
      workers: 1,
      ruleBudgetMs: 300,
      learnBaselines: false,
    });
    expect(result.screenings.map((s) => s.profileId)).toEqual(['before', 'stuck', 'after']);
    expect(result.rejects).toEqual([]);
    const stuck = result.screenings[1]?.ruleResults.map((r) => [r.ruleId, r.status]);
    expect(stuck).toEqual([
      ['test/loops', 'error'],
      ['test/named', 'flagged'],
    ]);
    expect(result.screenings[1]?.ruleResults[0]).toEqual({
      ruleId: 'test/loops',
      status: 'error',
      findingCount: 0,
      error: { code: 'RULE_FAILED', message: 'did not finish within its time budget of 300 ms in a worker' },
    });
    for (const screening of [result.screenings[0], result.screenings[2]])
      expect(screening?.ruleResults.map((r) => r.status)).toEqual(['clear', 'flagged']);
  }, 60_000);

  it('keeps closures as rules in the main thread and says so', async () => {
    const notices: string[] = [];
    const result = await screenRoster(roster.slice(0, 1), {
      now: NOW,
      rules: rules.slice(1),
      workers: 1,
      onNotice: (notice) => notices.push(notice),
    });
    expect(result.screenings).toHaveLength(1);
    expect(notices).toEqual([
      'screening in the main thread: the rules are code; pass `workerRules`, a module that exports them, to screen in workers',
    ]);
  });
});
