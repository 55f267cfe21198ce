import { planPool } from '../../../src/roster/workers/_lib/plan.js';
import { createStaticDomainProvider, logOdds } from '../../../src/index.js';

describe('planPool', () => {
  it('sends a built-in scoring to workers by name', () => {
    const plan = planPool({ scoring: logOdds, unknownKeys: 'error' }, undefined);
    expect(plan).toEqual({
      ok: true,
      setup: { options: { unknownKeys: 'error' }, scoring: 'logOdds', rulesModule: undefined },
    });
  });

  it('keeps the run in the main thread when IP intelligence is asked, and says why', () => {
    const plan = planPool({ ipIntel: { name: 'x', lookup: () => new Map() } }, undefined);
    expect(plan).toEqual({
      ok: false,
      notice: 'screening in the main thread: IP intelligence providers answer in the main thread',
    });
  });

  it('keeps the run in the main thread when domain ages are asked, and says why', () => {
    const plan = planPool({ domainIntel: createStaticDomainProvider({}) }, undefined);
    expect(plan).toEqual({
      ok: false,
      notice: 'screening in the main thread: domain-age providers answer in the main thread',
    });
  });

  it('keeps rules that are code in the main thread unless a module exports them', () => {
    const rule = { id: 'x', check: () => [] } as never;
    expect(planPool({ rules: [rule] }, undefined)).toEqual({
      ok: false,
      notice:
        'screening in the main thread: the rules are code; pass `workerRules`, a module that exports them, to screen in workers',
    });
  });
});
