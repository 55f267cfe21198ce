import { createScreener } from '../../src/engine/screener.js';
import { createStaticDomainProvider } from '../../src/intel/domains/static-provider.js';
import type { DomainIntelProvider } from '../../src/intel/domains/types.js';
import { priorEmployerDomainYoung } from '../../src/rules/hiring/prior-employer-domain-young.js';

const profile = {
  id: 'c1',
  interviews: [{ mode: 'video' as const, at: '2025-06-01T15:00:00Z' }],
  employment: {
    workHistory: [
      { employer: 'Brightline Soft', website: 'https://www.brightline.example/', start: '2020-01-15' },
      { employer: 'Oldfield Systems', website: 'jobs.oldfield.example', start: '2016-01-01' },
    ],
  },
};

const known = createStaticDomainProvider(
  { 'brightline.example': { registered: '2023-01-02T00:00:00Z' } },
  { name: 'table', asOf: '2025-06-02' },
);

const options = { rules: [priorEmployerDomainYoung], now: '2025-07-01T00:00:00Z' };

describe('screener domain intelligence', () => {
  it('asks the provider once per batch for the registrable domains of every profile', async () => {
    const asked: string[][] = [];
    const counting: DomainIntelProvider = {
      name: 'counting',
      lookup(domains) {
        asked.push([...domains]);
        return known.lookup(domains);
      },
    };
    const screener = createScreener({ ...options, domainIntel: counting });
    const results = [];
    for await (const result of screener.screenMany([profile, { ...profile, id: 'c2' }])) results.push(result);
    expect(results.length).toBe(2);
    expect(asked).toEqual([['brightline.example', 'oldfield.example']]);
  });

  it('flags from the facts it has and lists the domain nobody knew as a data gap', async () => {
    const screening = await createScreener({ ...options, domainIntel: known }).screen(profile);
    expect(screening.findings.map((f) => [f.ruleId, f.level, f.path])).toEqual([
      ['prior-employer-domain-young', 'after-start', 'employment.workHistory[0].website'],
    ]);
    expect(screening.dataGaps).toEqual([
      {
        field: 'registration date of oldfield.example (table: no provider knew the domain)',
        rules: ['prior-employer-domain-young'],
      },
    ]);
  });

  it('makes a provider that throws a data gap for each domain, never a failed screening', async () => {
    const broken: DomainIntelProvider = {
      name: 'broken',
      lookup() {
        throw new Error('socket hang up');
      },
    };
    const screening = await createScreener({ ...options, domainIntel: broken }).screen(profile);
    expect(screening.ruleResults).toEqual([
      {
        ruleId: 'prior-employer-domain-young',
        status: 'skipped',
        findingCount: 0,
        missing: [
          'registration date of brightline.example (broken: the lookup failed: socket hang up)',
          'registration date of oldfield.example (broken: the lookup failed: socket hang up)',
        ],
      },
    ]);
    expect(screening.dataGaps.map((gap) => gap.field)).toEqual([
      'registration date of brightline.example (broken: the lookup failed: socket hang up)',
      'registration date of oldfield.example (broken: the lookup failed: socket hang up)',
    ]);
  });

  it('asks a later provider only for what earlier ones did not know', async () => {
    const asked: string[][] = [];
    const second: DomainIntelProvider = {
      name: 'second',
      lookup(domains) {
        asked.push([...domains]);
        return new Map([
          ['oldfield.example', { domain: 'oldfield.example', registered: '1999-05-05', source: 'second' }],
        ]);
      },
    };
    const screening = await createScreener({ ...options, domainIntel: [known, second] }).screen(profile);
    expect(asked).toEqual([['oldfield.example']]);
    expect(screening.dataGaps).toEqual([]);
  });

  it('skips domain rules with the reason when no domain intelligence is configured', async () => {
    const screening = await createScreener(options).screen(profile);
    expect(screening.dataGaps).toEqual([
      {
        field: 'domain registration dates (pass `domainIntel`, or `--rdap-bootstrap` on the command line)',
        rules: ['prior-employer-domain-young'],
      },
    ]);
  });
});
