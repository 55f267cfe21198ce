import { generateScenario, parseSize } from '../../bench/scenario/generate.js';
import { employerOf } from '../../bench/scenario/employers.js';
import { scoreDetection } from '../../bench/scenario/quality.js';
import { safeParseProfile } from '../../src/schema/parse.js';

const take = (size: number, seed = 7) => [...generateScenario({ size, seed })];
let shared: ReturnType<typeof take> | undefined;
/** One 10,000-profile roster shared by the distribution tests. */
const roster = () => (shared ??= take(10_000, 3));

describe('scenario generator', () => {
  it('gives the same profiles and labels for the same seed', () => {
    expect(JSON.stringify(take(400))).toBe(JSON.stringify(take(400)));
  });

  it('gives different rosters for different seeds', () => {
    expect(JSON.stringify(take(200, 1))).not.toBe(JSON.stringify(take(200, 2)));
  });

  it('yields exactly the requested size, with unique ids', () => {
    const records = take(1_234);
    expect(records).toHaveLength(1_234);
    expect(new Set(records.map((r) => r.profile.id)).size).toBe(1_234);
  });

  it('makes profiles that validate against the profile schema', () => {
    const failures = take(800)
      .map((r) => safeParseProfile(r.profile))
      .filter((result) => !result.success);
    expect(failures).toEqual([]);
  });

  it('labels every profile, and every fraudulent one with a farm id', () => {
    const records = roster();
    for (const { label } of records) {
      expect(typeof label.fraud).toBe('boolean');
      expect(label.fraud).toBe(label.farmId !== undefined);
      expect(label.fraud).toBe(label.unit === 'farm');
    }
  });

  it('keeps the fraudulent share near its target and farms near the DOJ sizes', () => {
    const records = roster();
    const fraud = records.filter((r) => r.label.fraud);
    expect(fraud.length / records.length).toBeGreaterThan(0.015);
    expect(fraud.length / records.length).toBeLessThan(0.025);
    const farms = new Map<string, number>();
    for (const r of fraud)
      farms.set(r.label.farmId as string, (farms.get(r.label.farmId as string) ?? 0) + 1);
    const mean = fraud.length / farms.size;
    expect(mean).toBeGreaterThan(5);
    expect(mean).toBeLessThan(12);
    expect(Math.max(...farms.values())).toBeGreaterThanOrEqual(10);
  });

  it('reuses each farm identity at distinct organisations', () => {
    const byIdentity = new Map<string, string[]>();
    for (const { profile, label } of roster()) {
      if (!label.fraud) continue;
      const ssn = profile.nationalIds?.[0]?.value as string;
      byIdentity.set(ssn, [...(byIdentity.get(ssn) ?? []), profile.organizationId as string]);
    }
    const orgs = [...byIdentity.values()];
    for (const list of orgs) expect(new Set(list).size).toBe(list.length);
    const mean = orgs.reduce((sum, list) => sum + list.length, 0) / orgs.length;
    expect(mean).toBeGreaterThanOrEqual(1.25);
    expect(mean).toBeLessThanOrEqual(4.5);
  });

  it('includes the benign look-alikes, labelled legitimate', () => {
    const tags = new Set(
      take(20_000, 3).flatMap((r) => (r.label.fraud ? [] : [r.label.unit, ...r.label.confounders])),
    );
    for (const tag of [
      'household',
      'office',
      'coworking',
      'corporate-vpn',
      'travel',
      'night-owl',
      'it-remote-tool',
      'second-job',
      'apartment-building',
      'unit-unreadable',
      'over-employed',
      'abroad',
      'married-name',
      'joint-account-other-name',
      'transliterated-name',
      'dev-board',
      'personal-remote-tool',
      'ships-to-relative',
      'ships-to-office-unmarked',
      'consumer-vpn-always',
      'corporate-vpn-always',
      'changed-bank',
      'new-graduate',
      'long-history',
      'contractor',
    ])
      expect(tags).toContain(tag);
  });

  it('installs the remote-support tool its employer chose on every tagged laptop', () => {
    const orgs = new Set<string>();
    for (const { profile, label } of roster()) {
      if (label.fraud || !label.confounders.includes('it-remote-tool')) continue;
      const org = profile.organizationId as string;
      orgs.add(org);
      const tool = employerOf(3, Number(org.slice(4))).itTool?.exe;
      expect(profile.devices?.[0]?.software?.map((s) => s.name)).toContain(tool);
    }
    expect(orgs.size).toBeGreaterThan(10);
  });

  it('screens two in five legitimate candidates before the identity step, and no hire', () => {
    let candidates = 0;
    let early = 0;
    for (const { profile, label } of roster()) {
      if (label.fraud) continue;
      const before = label.confounders.includes('before-identity-step');
      if (profile.kind !== 'candidate') {
        expect(before).toBe(false);
        continue;
      }
      candidates += 1;
      if (!before) continue;
      early += 1;
      expect(profile.interviews?.[0]?.identityVerifiedLive).toBe(false);
      if (label.confounders.includes('no-document-yet')) expect(profile.documents).toBeUndefined();
      else expect(profile.documents?.[0]?.verification).toEqual({ status: 'not-run' });
    }
    expect(candidates).toBeGreaterThan(500);
    expect(early / candidates).toBeGreaterThan(0.35);
    expect(early / candidates).toBeLessThan(0.45);
  });
  it('gives an over-employed person the same SSN, phone, e-mail, home and bank at distinct employers', () => {
    const jobs = new Map<string, Array<{ org: string; key: string }>>();
    for (const { profile, label } of roster()) {
      if (label.unit !== 'over-employed') continue;
      const ssn = profile.nationalIds?.[0]?.value as string;
      const key = JSON.stringify([
        profile.phones?.[0]?.number,
        profile.emails?.[0]?.address,
        profile.addresses?.[0]?.line1,
        profile.payroll?.accounts?.[0]?.accountNumber,
      ]);
      jobs.set(ssn, [...(jobs.get(ssn) ?? []), { org: profile.organizationId as string, key }]);
    }
    expect(jobs.size).toBeGreaterThan(20);
    for (const list of jobs.values()) {
      expect(new Set(list.map((j) => j.key)).size).toBe(1);
      expect(new Set(list.map((j) => j.org)).size).toBe(list.length);
    }
  });

  it('parses sizes written as 10k, 100k and 1m', () => {
    expect([parseSize('10k'), parseSize('100k'), parseSize('1m'), parseSize('2500')]).toEqual([
      10_000, 100_000, 1_000_000, 2_500,
    ]);
    expect(() => parseSize('lots')).toThrow('size must look like');
  });
});

describe('scoreDetection', () => {
  const label = (fraud: boolean, farmId?: string) => ({
    fraud,
    unit: fraud ? ('farm' as const) : ('single' as const),
    confounders: [],
    ...(farmId && { farmId }),
  });
  const labels = new Map([
    ['f1', label(true, 'farm-1')],
    ['f2', label(true, 'farm-1')],
    ['f3', label(true, 'farm-2')],
    ['f4', label(true, 'farm-2')],
    ['l1', label(false)],
    ['l2', label(false)],
  ]);

  it('computes recall and false-positive rates at both thresholds', () => {
    const decisions = new Map([
      ['f1', 'escalate' as const],
      ['f2', 'review' as const],
      ['f3', 'clear' as const],
      ['f4', 'review' as const],
      ['l1', 'review' as const],
      ['l2', 'clear' as const],
    ]);
    const report = scoreDetection(labels, decisions, []);
    expect([report.recallAtReview, report.recallAtEscalate]).toEqual([0.75, 0.25]);
    expect([report.falsePositiveRateAtReview, report.falsePositiveRateAtEscalate]).toEqual([0.5, 0]);
  });

  it('recovers a farm only when one cluster holds 80% of it and no one else', () => {
    const report = scoreDetection(labels, new Map(), [
      { members: ['f1', 'f2'] },
      { members: ['f3', 'f4', 'l1'] },
    ]);
    expect(report.farms).toBe(2);
    expect(report.farmsRecovered).toBe(1);
    expect(report.farmsRecoveredMostlyPure).toBe(1);
    expect(report.farmsTouched).toBe(2);
  });

  it('breaks farms down by size and by why they were not recovered', () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
    const farmLabels = new Map([
      ...ids('a', 3).map((id) => [id, label(true, 'farm-a')] as const), // 2-4, recovered
      ...ids('b', 2).map((id) => [id, label(true, 'farm-b')] as const), // 2-4, one member clustered
      ...ids('h', 4).map((id) => [id, label(true, 'farm-h')] as const), // 2-4, 2 of 4 in one cluster
      ...ids('c', 5).map((id) => [id, label(true, 'farm-c')] as const), // 5-9, split 3 + 2
      ...ids('d', 5).map((id) => [id, label(true, 'farm-d')] as const), // 5-9, 4 of 5 with l2
      ...ids('e', 10).map((id) => [id, label(true, 'farm-e')] as const), // 10+, 8 of 10 alone
      ...ids('f', 10).map((id) => [id, label(true, 'farm-f')] as const), // 10+, none clustered
      ['g1', label(true, 'farm-g')] as const, // one member in the roster: not a farm here
      ['l1', label(false)] as const,
      ['l2', label(false)] as const,
    ]);
    const report = scoreDetection(farmLabels, new Map(), [
      { members: ids('a', 3) },
      { members: ['b1', 'l1'] },
      { members: ['h1', 'h2'] },
      { members: ['c1', 'c2', 'c3'] },
      { members: ['c4', 'c5'] },
      { members: [...ids('d', 4), 'l2'] },
      { members: ids('e', 8) },
    ]);
    expect(report.farms).toBe(7);
    expect(report.farmsRecovered).toBe(2);
    expect(report.farmsRecoveredMostlyPure).toBe(3);
    expect(report.farmsTouched).toBe(5);
    expect(report.farmsBySize).toEqual({
      '2-4': { farms: 3, recovered: 1, split: 1, merged: 0, unclustered: 1 },
      '5-9': { farms: 2, recovered: 0, split: 1, merged: 1, unclustered: 0 },
      '10+': { farms: 2, recovered: 1, split: 0, merged: 0, unclustered: 1 },
    });
  });
});
