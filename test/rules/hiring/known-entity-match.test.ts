import { readFileSync } from 'node:fs';
import { readOfacSdnCsv } from '../../../src/intel/entities/ofac-sdn.js';
import { knownEntityMatch } from '../../../src/rules/hiring/known-entity-match.js';
import { RuleTester } from '../../../src/testing/rule-tester.js';

const { list: sdn } = readOfacSdnCsv(readFileSync('test/fixtures/ofac/sdn.csv', 'latin1'), {
  alt: readFileSync('test/fixtures/ofac/alt.csv', 'latin1'),
  asOf: '2026-11-28',
});
const CASE_LIST = 'hirescreen catalog of entities named in enforcement actions';

new RuleTester().run('known-entity-match', knownEntityMatch, {
  valid: [
    {
      name: 'an ordinary employer, agency and payee',
      profile: {
        id: 'p1',
        employment: {
          agency: { name: 'Northwind Staffing LLC', website: 'https://northwind-staffing.example' },
          workHistory: [{ employer: 'Contoso Digital', website: 'contoso.example' }],
        },
        payroll: { accounts: [{ holderName: 'Ana Lima', payeeEntity: 'Lima Consulting LLC' }] },
      },
    },
    {
      name: 'a person who shares a sanctioned individual\u2019s name but nothing else',
      profile: { id: 'p2', payroll: { accounts: [{ holderName: 'John Doe' }] } },
      options: { lists: [sdn] },
    },
    {
      name: 'the catalog switched off',
      profile: { id: 'p3', payroll: { accounts: [{ payeeEntity: 'Taggcar Inc.' }] } },
      options: { catalog: false },
    },
  ],
  invalid: [
    {
      name: 'a payee named in a DOJ action is critical, with the list and the match strength',
      profile: { id: 'p4', payroll: { accounts: [{ payeeEntity: 'TAGGCAR, INC' }] } },
      findings: [
        {
          messageId: 'listed',
          severity: 'critical',
          level: 'listed',
          path: 'payroll.accounts[0].payeeEntity',
          message:
            'The payee of a pay account ("TAGGCAR, INC") matches "Taggcar Inc." on hirescreen catalog of entities named in enforcement actions (as of 2025-11-14) by the same name. Entities named in enforcement actions paid, placed or gave references for DPRK IT workers.',
          evidence: {
            list: CASE_LIST,
            listKind: 'case',
            listAsOf: '2025-11-14',
            entryId: 'taggcar',
            entryName: 'Taggcar Inc.',
            matchedName: 'Taggcar Inc.',
            strength: 'exact',
            score: 1,
            sources: ['S15'],
          },
        },
      ],
    },
    {
      name: 'a prior employer on the loaded SDN list by its alias, and its website by domain',
      profile: {
        id: 'p5',
        employment: {
          workHistory: [{ employer: 'Example Net Tech', website: 'https://careers.example-front.test/jobs' }],
        },
      },
      options: { lists: [sdn] },
      findings: [
        {
          messageId: 'listed',
          severity: 'critical',
          level: 'listed',
          path: 'employment.workHistory[0].employer',
          data: {
            role: 'A prior employer',
            named: 'Example Net Tech',
            entry: 'EXAMPLE NET TECH',
            list: 'OFAC SDN',
            asOf: ' (as of 2026-11-28)',
            strength: 'a listed alias',
            why: 'Paying a sanctioned person or company is a sanctions violation.',
          },
        },
        {
          messageId: 'listed',
          severity: 'critical',
          level: 'listed',
          path: 'employment.workHistory[0].website',
          evidence: {
            list: 'OFAC SDN',
            listKind: 'sanctions',
            listAsOf: '2026-11-28',
            entryId: 'ofac-90001',
            entryName: 'EXAMPLE NETWORK TECHNOLOGY CO., LTD.',
            matchedName: 'example-front.test',
            strength: 'domain',
            score: 1,
            programs: ['DPRK3', 'CYBER2'],
          },
        },
      ],
    },
    {
      name: 'a reference speaking for a front company with a close spelling is high',
      profile: { id: 'p6', references: [{ name: 'Sam Lee', employer: 'Volasys Silverstars' }] },
      findings: [
        {
          messageId: 'listed',
          severity: 'high',
          level: 'close-spelling',
          path: 'references[0].employer',
        },
      ],
    },
    {
      name: 'a sanctioned individual\u2019s e-mail domain on a reference',
      profile: { id: 'p7', references: [{ email: 'jdoe@doe-mail.test' }] },
      options: { lists: [sdn] },
      findings: [{ messageId: 'listed', severity: 'critical', level: 'listed', path: 'references[0].email' }],
    },
  ],
});
