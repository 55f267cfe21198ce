import { generateScenario } from '../../bench/scenario/generate.js';
import { registrableDomain } from '../../src/intel/domains/registrable-domain.js';

const records = [...generateScenario({ size: 4_000, seed: 5 })];

describe('scenario prior-employer domains', () => {
  it('gives every website named a registration date, under the domain the engine will ask for', () => {
    const missing: string[] = [];
    for (const { profile, domains } of records)
      for (const job of profile.employment?.workHistory ?? []) {
        if (job.website === undefined) continue;
        const domain = registrableDomain(job.website);
        if (domain === undefined || domains?.[domain] === undefined)
          missing.push(`${profile.id}: ${job.website}`);
      }
    expect(missing).toEqual([]);
  });

  it('puts young domains on both sides: start-ups, small firms, rebrands and consultancies among the legitimate', () => {
    const tags = new Set(records.filter((r) => !r.label.fraud).flatMap((r) => r.label.confounders));
    for (const tag of ['young-startup-domain', 'small-firm-domain', 'rebrand-domain', 'consultancy-domain'])
      expect(tags).toContain(tag);
    const fronts = records.filter((r) => r.label.fraud && Object.keys(r.domains ?? {}).length > 0);
    expect(fronts.length).toBeGreaterThan(0);
  });

  it('gives one farm one front-company domain with one date', () => {
    const byFarm = new Map<string, Set<string>>();
    for (const { label, domains } of records) {
      if (label.farmId === undefined) continue;
      const set = byFarm.get(label.farmId) ?? new Set<string>();
      for (const [domain, date] of Object.entries(domains ?? {}))
        if (domain.startsWith(`${label.farmId}-`)) set.add(`${domain} ${date}`);
      byFarm.set(label.farmId, set);
    }
    expect([...byFarm.values()].filter((set) => set.size > 1)).toEqual([]);
    expect([...byFarm.values()].some((set) => set.size === 1)).toBe(true);
  });
});
