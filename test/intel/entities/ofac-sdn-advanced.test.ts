import { readFileSync } from 'node:fs';
import { readOfacSdnAdvancedXml } from '../../../src/intel/entities/ofac-sdn-advanced.js';
import { EntityMatcher } from '../../../src/intel/entities/match-entity.js';

const xml = readFileSync('test/fixtures/ofac/sdn_advanced.xml', 'utf8');

/** The fixture as a file stream would give it: bytes in chunks that split multi-byte characters. */
function* chunks(text: string, size: number): Generator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('readOfacSdnAdvancedXml (OFAC SDN_ADVANCED.XML layout)', () => {
  it('keeps the DPRK programmes by default, with every alias, script and web or e-mail domain', async () => {
    const { list } = await readOfacSdnAdvancedXml(xml);
    expect(list).toEqual({
      name: 'OFAC SDN',
      kind: 'sanctions',
      asOf: '2026-11-28',
      entities: [
        {
          id: 'ofac-91001',
          kind: 'organization',
          name: 'YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.',
          aliases: ['延边硅谷星网络科技有限公司', 'CHINA YANBIAN SILVERSTAR'],
          domains: ['silverstar-example.test', 'silverstar-mail.test'],
          programs: ['DPRK3'],
          sources: [],
        },
        {
          id: 'ofac-91002',
          kind: 'organization',
          name: 'VOLASYS SILVERSTAR',
          aliases: ['OOO VOLASIS SILVERSTAR'],
          domains: [],
          programs: ['DPRK3', 'CYBER2'],
          sources: [],
        },
        {
          id: 'ofac-91003',
          kind: 'individual',
          name: 'SAMPLE Min Ho',
          aliases: [],
          domains: ['sample-it.test'],
          programs: ['DPRK4'],
          sources: [],
        },
      ],
    });
  });

  it('counts what it leaves out: another programme, a vessel', async () => {
    expect((await readOfacSdnAdvancedXml(xml)).skipped).toEqual({
      outsidePrograms: 1,
      vesselsAndAircraft: 1,
    });
  });

  it('reports each unreadable entry with its line instead of dropping it', async () => {
    expect((await readOfacSdnAdvancedXml(xml)).rejects).toEqual([
      { line: 125, reason: 'profile 91006: no primary name' },
      { line: 134, reason: 'profile 91007: party subtype 99 is not in the reference values' },
      { line: 168, reason: 'sanctions entry for profile 91999, which the file does not hold' },
    ]);
  });

  it('reads a stream in chunks that split characters the same as the whole text', async () => {
    const whole = await readOfacSdnAdvancedXml(xml);
    expect(await readOfacSdnAdvancedXml(chunks(xml, 7))).toEqual(whole);
  });

  it("keeps every programme with programs: 'all', and a given asOf over the file's date", async () => {
    const all = await readOfacSdnAdvancedXml(xml, { programs: 'all', asOf: '2026-12-01' });
    expect(all.list.asOf).toBe('2026-12-01');
    expect(all.list.entities.map((entity) => entity.id)).toEqual([
      'ofac-91001',
      'ofac-91002',
      'ofac-91003',
      'ofac-91004',
    ]);
  });

  it('gives a list EntityMatcher takes as it takes the CSV reader\u2019s', async () => {
    const matcher = new EntityMatcher([(await readOfacSdnAdvancedXml(xml)).list]);
    expect(matcher.matchName('Yanbian Silverstar Network Technology Co Ltd')?.strength).toBe('exact');
    expect(matcher.matchName('China Yanbian Silverstar')?.strength).toBe('alias');
    expect(matcher.matchDomain('jobs@silverstar-mail.test')?.entity.id).toBe('ofac-91001');
    // An individual matches by a domain tied to them, never by name alone.
    expect(matcher.matchName('Sample Min Ho')).toBeUndefined();
  });

  it('reports a file cut short with the line it stops at, and keeps what it placed before it', async () => {
    const cut = xml.slice(0, xml.indexOf('<SanctionsEntry ID="191006"'));
    const { list, rejects } = await readOfacSdnAdvancedXml(cut);
    expect(list.entities.map((entity) => entity.id)).toEqual(['ofac-91001', 'ofac-91002', 'ofac-91003']);
    expect(rejects.at(-1)).toEqual({
      line: 162,
      reason: 'malformed XML (unclosed tag: SanctionsEntries): the file was not read past this line',
    });
  });

  it('loads none of the profiles whose sanctions entries lie past malformed XML, and says how many', async () => {
    const broken = xml.replace(
      '<NamePartValue>SAMPLE STAR</NamePartValue>',
      '<NamePartValue>SAMPLE STAR</Oops>',
    );
    const { list, rejects } = await readOfacSdnAdvancedXml(broken);
    expect(list.entities).toEqual([]);
    expect(rejects).toEqual([
      { line: 119, reason: 'malformed XML (unexpected close tag.): the file was not read past this line' },
      {
        line: 119,
        reason:
          '4 profile(s) read before the malformed XML were not loaded: their sanctions entries come after it',
      },
    ]);
  });
});
