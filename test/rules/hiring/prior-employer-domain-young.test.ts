import { priorEmployerDomainYoung } from '../../../src/rules/hiring/prior-employer-domain-young.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const job = (website: string, start: string) => ({
  employment: { workHistory: [{ employer: 'Brightline Soft', website, start }] },
});

const applied = { interviews: [{ mode: 'video' as const, at: '2025-06-01T15:00:00Z' }] };

new RuleTester().run('prior-employer-domain-young', priorEmployerDomainYoung, {
  valid: [
    {
      name: 'an established employer whose domain predates the job by years',
      profile: { id: 'v1', ...applied, ...job('https://www.brightline.example', '2019-03-01') },
      domainFacts: { 'brightline.example': { registered: '2004-07-12T10:00:00Z' } },
    },
    {
      name: 'a start-up that registered its domain within the grace period after the first hire',
      profile: { id: 'v2', ...applied, ...job('brightline.example', '2021-01-04') },
      domainFacts: { 'brightline.example': { registered: '2021-02-10T00:00:00Z' } },
    },
    {
      name: 'a domain registered 13 months before the first interview',
      profile: { id: 'v3', ...applied, ...job('brightline.example', '2015-01-01') },
      domainFacts: { 'brightline.example': { registered: '2014-05-01T00:00:00Z' } },
    },
    {
      name: 'a career that predates the web: a 1998 domain after a 1990 start is established',
      profile: { id: 'v4', ...applied, ...job('brightline.example', '1990-05-01') },
      domainFacts: { 'brightline.example': { registered: '1998-11-20T00:00:00Z' } },
    },
  ],
  invalid: [
    {
      name: 'a domain registered two years after the claimed start is the strongest level',
      profile: { id: 'i1', ...applied, ...job('https://shop.brightline.co.uk/about', '2020-01-15') },
      domainFacts: {
        'brightline.co.uk': { registered: '2022-03-01T09:30:00Z', source: 'rdap', asOf: '2025-06-02' },
      },
      findings: [
        {
          messageId: 'afterStart',
          severity: 'medium',
          level: 'after-start',
          path: 'employment.workHistory[0].website',
          message:
            '"Brightline Soft"\u2019s website domain brightline.co.uk was registered on 2022-03-01, 776 days after the claimed start there (2020-01-15).',
          evidence: {
            employerDomain: 'brightline.co.uk',
            domainRegistered: '2022-03-01',
            source: 'rdap',
            domainLookedUp: '2025-06-02',
            start: '2020-01-15',
          },
        },
      ],
    },
    {
      name: 'a domain registered four months before the first interview is the weaker level',
      profile: { id: 'i2', ...applied, ...job('brightline.example', '2025-01-20') },
      domainFacts: { 'brightline.example': { registered: '2025-02-01T00:00:00Z' } },
      findings: [
        {
          messageId: 'recent',
          severity: 'low',
          level: 'recent',
          path: 'employment.workHistory[0].website',
          message:
            '"Brightline Soft"\u2019s website domain brightline.example was registered on 2025-02-01, within 12 months of the first interview (2025-06-01).',
          evidence: {
            employerDomain: 'brightline.example',
            domainRegistered: '2025-02-01',
            source: 'test',
            applied: '2025-06-01',
          },
        },
      ],
    },
    {
      name: 'without interviews the employment start dates the application, and the window is an option',
      profile: {
        id: 'i3',
        employment: {
          startDate: '2025-09-01',
          workHistory: [{ employer: 'Northgate Labs', website: 'northgate.example' }],
        },
      },
      options: { recentMonths: 24 },
      domainFacts: { 'northgate.example': { registered: '2024-01-10T00:00:00Z' } },
      findings: [
        {
          messageId: 'recent',
          level: 'recent',
          data: {
            employer: '"Northgate Labs"',
            domain: 'northgate.example',
            registered: '2024-01-10',
            window: 24,
            applied: 'the start of employment',
            appliedOn: '2025-09-01',
          },
        },
      ],
    },
  ],
  skipped: [
    {
      name: 'no prior employer website',
      profile: { id: 's1' },
      missing: ['employment.workHistory[].website'],
    },
    {
      name: 'no domain intelligence configured',
      profile: { id: 's2', ...job('brightline.example', '2020-01-01') },
      missing: ['domain registration dates (pass `domainIntel`, or `--rdap-bootstrap` on the command line)'],
    },
    {
      name: 'the lookup timed out: a data gap with its reason',
      profile: { id: 's3', ...job('brightline.example', '2020-01-01') },
      domainFacts: {
        'brightline.example': {
          gap: 'timeout',
          detail: 'the RDAP server did not answer within 5000 ms',
          source: 'rdap',
        },
      },
      missing: [
        'registration date of brightline.example (rdap: the RDAP server did not answer within 5000 ms)',
      ],
    },
    {
      name: 'the registry gave no registration date',
      profile: { id: 's4', ...job('brightline.example', '2020-01-01') },
      domainFacts: { 'brightline.example': { registrar: 'Example Registrar' } },
      missing: ['registration date of brightline.example (test: no registration date given)'],
    },
  ],
});
