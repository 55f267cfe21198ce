import type { KnownEntityList } from '../entities/types.js';

/**
 * Companies named in public DOJ actions and security research as paymasters, staffing firms or front
 * companies of DPRK IT-worker schemes. Only names the sources print; no domain is listed that a source
 * did not give. Sanctions lists (OFAC SDN) are loaded by the user (`readOfacSdnCsv`), not bundled.
 */
export const KNOWN_ENTITIES: KnownEntityList = {
  name: 'hirescreen catalog of entities named in enforcement actions',
  kind: 'case',
  asOf: '2025-11-14',
  entities: [
    {
      id: 'taggcar',
      kind: 'organization',
      name: 'Taggcar Inc.',
      aliases: ['Taggcar'],
      domains: [],
      programs: [],
      sources: ['S15'],
      note: 'A facilitator\u2019s firm that supplied "certified" workers to U.S. companies, June 2020 - August 2024.',
    },
    ...(
      [
        ['hopana-tech', 'Hopana Tech LLC'],
        ['tony-wkj', 'Tony WKJ LLC'],
        ['independent-lab', 'Independent Lab LLC'],
        ['shenyang-tonywang', 'Shenyang Tonywang Technology'],
      ] as const
    ).map(([id, name]) => ({
      id,
      kind: 'organization' as const,
      name,
      aliases: [],
      domains: [],
      programs: [],
      sources: ['S29' as const],
      note: 'Front company that gave workers employment histories and references.',
    })),
    {
      id: 'yanbian-silverstar',
      kind: 'organization',
      name: 'Yanbian Silverstar Network Technology',
      aliases: ['Yanbian Silverstar'],
      domains: [],
      programs: [],
      sources: ['S11'],
      note: 'Employed the workers indicted in St. Louis (Dec 2024).',
    },
    {
      id: 'volasys-silverstar',
      kind: 'organization',
      name: 'Volasys Silverstar',
      aliases: [],
      domains: [],
      programs: [],
      sources: ['S11'],
      note: 'Russia-based company named with Yanbian Silverstar in the St. Louis indictment (Dec 2024).',
    },
  ],
};
