import fc from 'fast-check';
import { KNOWN_ENTITIES } from '../../../src/intel/catalogs/known-entities.js';
import { domainOf, EntityMatcher, entityNameKey } from '../../../src/intel/entities/match-entity.js';
import type { KnownEntityList } from '../../../src/intel/entities/types.js';

const sdn: KnownEntityList = {
  name: 'OFAC SDN',
  kind: 'sanctions',
  asOf: '2026-11-28',
  entities: [
    {
      id: 'ofac-1',
      kind: 'individual',
      name: 'SMITH, John',
      aliases: [],
      domains: ['smith-mail.test'],
      programs: ['DPRK3'],
      sources: [],
    },
  ],
};
const matcher = new EntityMatcher([KNOWN_ENTITIES, sdn]);

describe('entityNameKey', () => {
  it.each([
    ['Taggcar, Inc.', 'taggcar'],
    ['HOPANA TECHNOLOGIES L.L.C.', 'hopana tech'],
    ['The Independent Labs Ltd', 'independent lab'],
    ['Hopana Tech & Co', 'hopana tech and'],
  ])('reduces %s to %s', (name, key) => {
    expect(entityNameKey(name)).toBe(key);
  });

  it('never leaves a legal form alone as the whole name', () => {
    expect(entityNameKey('LLC')).toBe('llc');
  });
});

describe('domainOf', () => {
  it.each([
    ['https://www.Example.com/about?x=1', 'example.com'],
    ['hr@front.example.org', 'front.example.org'],
    ['example.com.', 'example.com'],
    ['not a domain', undefined],
  ])('reads %s as %s', (text, domain) => {
    expect(domainOf(text)).toBe(domain);
  });
});

describe('EntityMatcher', () => {
  it.each([
    ['Taggcar Inc', 'exact', 'Taggcar Inc.'],
    ['TAGGCAR', 'exact', 'Taggcar Inc.'],
    ['Yanbian Silverstar Co.', 'alias', 'Yanbian Silverstar'],
    ['Hopana Technologies, L.L.C.', 'exact', 'Hopana Tech LLC'],
    ['Yanbian Silverstar Network Tech Co., Ltd.', 'exact', 'Yanbian Silverstar Network Technology'],
    ['Tony WKJ Limited', 'exact', 'Tony WKJ LLC'],
  ] as const)('matches %s by %s', (name, strength, matchedName) => {
    expect(matcher.matchName(name)).toMatchObject({ strength, matchedName, list: KNOWN_ENTITIES });
  });

  it('matches a close spelling of a name of two or more words, with its similarity', () => {
    expect(matcher.matchName('Volasys Silverstars')).toMatchObject({
      strength: 'close',
      matchedName: 'Volasys Silverstar',
    });
  });

  it.each(['Independent', 'Tech Solutions LLC', 'Acme Corp', 'John Smith', 'Smith John'])(
    'leaves %s alone',
    (name) => {
      expect(matcher.matchName(name)).toBeUndefined();
    },
  );

  it('matches a listed individual only by a domain tied to them, never by name', () => {
    expect(matcher.matchName('John Smith')).toBeUndefined();
    expect(matcher.matchDomain('j.smith@mail.smith-mail.test')).toMatchObject({
      strength: 'domain',
      entity: { id: 'ofac-1' },
    });
  });

  it('never matches a name that shares no word with any entry', () => {
    const words = new Set(
      KNOWN_ENTITIES.entities
        .flatMap((e) => [e.name, ...e.aliases])
        .flatMap((n) => entityNameKey(n).split(' ')),
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 1, maxLength: 3 }), (tokens) => {
        fc.pre(tokens.every((t) => !words.has(t)));
        return matcher.matchName(tokens.join(' '))?.strength !== 'exact';
      }),
    );
  });
});
