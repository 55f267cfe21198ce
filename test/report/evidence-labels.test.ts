import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnyRule } from '../../src/engine/types.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { EVIDENCE_LABELS, evidenceRows, isInternalEvidence } from '../../src/report/_lib/evidence-labels.js';
import { runRule } from '../../src/testing/run-rule.js';
import type { RuleTestCases, RuleTesterConfig } from '../../src/testing/types.js';

// The rule test files are loaded with a RuleTester that only records their cases; each invalid case
// is then run here to see the evidence keys its findings carry.
const mockRuns: Array<{ rule: AnyRule; cases: RuleTestCases; config: RuleTesterConfig }> = [];
jest.mock('../../src/testing/rule-tester.js', () => ({
  RuleTester: class {
    constructor(private readonly config: RuleTesterConfig = {}) {}
    run(_name: string, rule: AnyRule, cases: RuleTestCases): void {
      mockRuns.push({ rule, cases, config: this.config });
    }
  },
}));

const root = resolve(__dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function loadRuleFixtures(): void {
  const g = globalThis as Record<string, unknown>;
  const saved = { describe: g.describe, it: g.it, test: g.test };
  const none = Object.assign(() => undefined, { each: () => () => undefined, todo: () => undefined });
  g.describe = Object.assign((_: string, body: () => void) => body(), { each: () => () => undefined });
  g.it = none;
  g.test = none;
  try {
    for (const file of testFiles(join(root, 'test/rules')))
      jest.isolateModules(() => jest.requireActual(file));
  } finally {
    Object.assign(g, saved);
  }
}

/** Every evidence key a built-in rule produced, with one rule that produced it. */
async function evidenceKeys(): Promise<Map<string, string>> {
  loadRuleFixtures();
  const keys = new Map<string, string>();
  const note = (ruleId: string, evidence: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(evidence))
      if (!isInternalEvidence(key, value) && !keys.has(key)) keys.set(key, ruleId);
  };
  for (const { rule, cases, config } of mockRuns)
    for (const testCase of cases.invalid ?? []) {
      const { name: _name, findings: _findings, profile, ...run } = testCase;
      for (const finding of runRule(rule, profile, { ...config.defaults, ...run }).findings)
        note(rule.id, finding.evidence);
    }
  const roster = JSON.parse(readFileSync(join(root, 'examples/data/roster.json'), 'utf8')) as unknown[];
  const screened = await screenRoster(roster, { now: '2026-01-20T00:00:00Z' });
  for (const screening of screened.screenings)
    for (const finding of screening.findings) note(finding.ruleId, finding.evidence);
  return keys;
}

describe('evidence labels', () => {
  it('has a human label for every evidence key the rule fixtures and the example roster produce', async () => {
    const keys = await evidenceKeys();
    expect(mockRuns.length).toBeGreaterThan(50);
    expect(keys.size).toBeGreaterThan(80);
    const unlabelled = [...keys]
      .filter(([key]) => !EVIDENCE_LABELS[key])
      .map(([k, rule]) => `${k} (${rule})`);
    expect(unlabelled).toEqual([]);
  });

  it('hides normalised link and address keys and shows the rest with labels', () => {
    expect(
      evidenceRows({
        shippingKey: 'US|37211|1420||RIDGEVIEW|DR||#|3',
        homeKeys: ['US|44114|77||LAKESHORE|BLVD|'],
        displayKey: '1420 RIDGEVIEW DR #3, 37211 US',
        note: 'US|1|2',
        identityCount: 5,
        organizationCount: 4,
        attribute: 'shipping-address',
      }),
    ).toEqual([
      { label: 'People sharing it', value: '5' },
      { label: 'Employers', value: '4' },
      { label: 'Shared', value: 'shipping address' },
    ]);
  });

  it('reads dates, lists, yes/no, shares and active hours as words', () => {
    expect(
      evidenceRows({
        deliveredAt: '2026-01-02T18:00:00Z',
        expiresOn: '2025-06-30',
        changedAt: ['2025-05-10T00:00:00.000Z', '2025-05-18T00:00:00.000Z'],
        cameraOn: false,
        videoRequired: true,
        share: 0.938,
        localMinutesByHour: [5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5],
        byCountry: { KR: 12, FR: 3 },
        pairs: [['logins[0]', 'logins[1]']],
        entries: [0, 2],
        farLogins: Array.from({ length: 10 }, (_, i) => `logins[${i}]`),
        someNewCount: 1200,
      }),
    ).toEqual([
      { label: 'Laptop delivered', value: '2 Jan 2026, 18:00 UTC' },
      { label: 'Expires on', value: '30 Jun 2025' },
      { label: 'Address changed on', value: '10 May 2025, 00:00 UTC, 18 May 2025, 00:00 UTC' },
      { label: 'Camera on', value: 'no' },
      { label: 'Video required', value: 'yes' },
      { label: 'Activity outside working hours', value: '94%' },
      { label: 'Active hours, claimed time zone', value: '22:00-01:59' },
      { label: 'Logins by country', value: 'KR 12, FR 3' },
      { label: 'Login pairs', value: 'logins[0] and logins[1]' },
      { label: 'Employment entries', value: '#1, #3' },
      {
        label: 'Distant logins',
        value:
          'logins[0], logins[1], logins[2], logins[3], logins[4], logins[5], logins[6], logins[7], and 2 more',
      },
      { label: 'Some new count', value: '1,200' },
    ]);
  });
});
