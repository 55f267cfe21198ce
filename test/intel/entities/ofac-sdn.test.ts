import { readFileSync } from 'node:fs';
import { readOfacSdnCsv } from '../../../src/intel/entities/ofac-sdn.js';

const fixture = (name: string) => readFileSync(`test/fixtures/ofac/${name}`, 'latin1');

describe('readOfacSdnCsv (OFAC legacy CSV: no header, "-0-" for empty)', () => {
  const result = readOfacSdnCsv(fixture('sdn.csv'), { alt: fixture('alt.csv'), asOf: '2026-11-28' });

  it('keeps the DPRK programmes by default, with aliases joined from alt.csv and domains from the remarks', () => {
    expect(result.list).toEqual({
      name: 'OFAC SDN',
      kind: 'sanctions',
      asOf: '2026-11-28',
      entities: [
        {
          id: 'ofac-90001',
          kind: 'organization',
          name: 'EXAMPLE NETWORK TECHNOLOGY CO., LTD.',
          aliases: ['EXAMPLE NET TECH'],
          domains: ['example-front.test'],
          programs: ['DPRK3', 'CYBER2'],
          sources: [],
        },
        {
          id: 'ofac-90002',
          kind: 'individual',
          name: 'DOE, John',
          aliases: [],
          domains: ['doe-mail.test'],
          programs: ['DPRK4'],
          sources: [],
        },
        {
          id: 'ofac-90006',
          kind: 'organization',
          name: 'KOREA SAMPLE TRADING CORPORATION',
          aliases: ['CHOSON SAMPLE TRADING'],
          domains: [],
          programs: ['DPRK'],
          sources: [],
        },
      ],
    });
  });

  it('counts what it leaves out: another programme, a vessel', () => {
    expect(result.skipped).toEqual({ outsidePrograms: 1, vesselsAndAircraft: 1 });
  });

  it('reports each unreadable line with its number instead of dropping it', () => {
    expect(result.rejects.map((reject) => reject.line)).toEqual([5, 6]);
    expect(result.rejects[1]?.reason).toBe('expected 12 fields, found 3');
  });

  it("keeps every programme with programs: 'all'", () => {
    const all = readOfacSdnCsv(fixture('sdn.csv'), { programs: 'all' });
    expect(all.list.entities.map((entity) => entity.id)).toEqual([
      'ofac-36',
      'ofac-90001',
      'ofac-90002',
      'ofac-90006',
    ]);
    expect(all.list.asOf).toBeUndefined();
  });
});
