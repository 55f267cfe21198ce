import fc from 'fast-check';
import { normalizeAddress } from '../../src/normalize/address.js';

/** Spellings of one meaning; the first is the canonical key form. */
const SUFFIXES = [
  ['ST', 'STREET', 'STR'],
  ['AVE', 'AVENUE', 'AV'],
  ['RD', 'ROAD'],
  ['DR', 'DRIVE', 'DRV'],
  ['LN', 'LANE'],
  ['BLVD', 'BOULEVARD'],
  ['CT', 'COURT'],
  ['PL', 'PLACE'],
  ['TER', 'TERRACE'],
  ['CIR', 'CIRCLE'],
  ['PKWY', 'PARKWAY'],
];
const DIRECTIONALS = [
  ['N', 'NORTH', 'N.'],
  ['S', 'SOUTH', 'S.'],
  ['E', 'EAST', 'E.'],
  ['W', 'WEST', 'W.'],
  ['NW', 'NORTHWEST', 'N.W.', 'N W'],
  ['SE', 'SOUTHEAST', 'S.E.'],
];
const UNIT_TYPES = [
  ['APT', 'APARTMENT', 'UNIT', '#', 'STE', 'SUITE'],
  ['FL', 'FLOOR'],
  ['BLDG', 'BUILDING'],
  ['RM', 'ROOM'],
];
const NAMES = [
  'MAIN',
  'OAK',
  'ELM',
  'MAPLE',
  'WASHINGTON',
  'LINCOLN',
  'CEDAR',
  'BROADWAY',
  'MARTIN LUTHER KING',
  'SUNSET',
  '5TH',
];
const CITIES = ['SPRINGFIELD', 'SALT LAKE CITY', 'AUSTIN', 'NEW YORK', 'MIAMI', 'BOISE'];
const STATES = ['IL', 'UT', 'TX', 'NY', 'FL', 'ID', 'CA'];

interface Spec {
  house: number;
  pre: string[] | undefined;
  name: string;
  suffix: string[];
  post: string[] | undefined;
  unit: { type: string[]; id: string } | undefined;
  city: string;
  state: string;
  zip: string;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  house: fc.integer({ min: 1, max: 99999 }),
  pre: fc.option(fc.constantFrom(...DIRECTIONALS), { nil: undefined }),
  name: fc.constantFrom(...NAMES),
  suffix: fc.constantFrom(...SUFFIXES),
  post: fc.option(fc.constantFrom(...DIRECTIONALS), { nil: undefined }),
  unit: fc.option(
    fc.record({ type: fc.constantFrom(...UNIT_TYPES), id: fc.stringMatching(/^[1-9][0-9]{0,3}[A-H]?$/) }),
    { nil: undefined },
  ),
  city: fc.constantFrom(...CITIES),
  state: fc.constantFrom(...STATES),
  zip: fc.stringMatching(/^[0-9]{5}$/),
});

/** Renders a spec with the spelling chosen by `pick` (0 = canonical). */
function render(
  s: Spec,
  pick: (options: readonly string[]) => string,
  comma: string,
  pickPost: (options: readonly string[]) => string = pick,
): string {
  const unit = s.unit ? `${pick(s.unit.type)} ${s.unit.id}` : '';
  const street = [s.house, s.pre && pick(s.pre), s.name, pick(s.suffix), s.post && pickPost(s.post), unit]
    .filter(Boolean)
    .join(' ');
  return `${street}${comma} ${s.city}${comma} ${s.state} ${s.zip}`;
}

const canonical = (options: readonly string[]): string => options[0] as string;

/** Random case, runs of spaces and tabs, trailing periods: what a tired clerk types. */
const scramble = (text: string, seed: number[]): string =>
  text
    .split(' ')
    .map((word, i) => {
      const r = seed[i % seed.length] ?? 0;
      const cased =
        r % 3 === 0 ? word.toLowerCase() : r % 3 === 1 ? word : word[0] + word.slice(1).toLowerCase();
      return cased + (r % 5 === 0 && /[A-Z]$/i.test(word) ? '.' : '');
    })
    .join(seed[0] !== undefined && seed[0] % 2 === 0 ? '  ' : ' \t ');

describe('normalizeAddress properties', () => {
  it('gives the same key when its own canonical form is normalised again', () => {
    fc.assert(
      fc.property(spec, fc.constantFrom(',', ''), (s, comma) => {
        const first = normalizeAddress(render(s, canonical, comma));
        const again = normalizeAddress(first?.canonical ?? '');
        expect(again?.fullKey).toBe(first?.fullKey);
        expect(again?.buildingKey).toBe(first?.buildingKey);
      }),
    );
  });

  it('ignores case, whitespace and trailing periods', () => {
    fc.assert(
      fc.property(spec, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (s, seed) => {
        const plain = render(s, canonical, ',');
        expect(normalizeAddress(scramble(plain, seed))?.fullKey).toBe(normalizeAddress(plain)?.fullKey);
      }),
    );
  });

  it('maps random spellings of suffix, directionals and unit designator to one key', () => {
    fc.assert(
      fc.property(
        spec,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ''),
        (s, seed, comma) => {
          let i = 0;
          const randomPick = (options: readonly string[]): string =>
            options[(seed[i++ % seed.length] ?? 0) % options.length] as string;
          const expected = normalizeAddress(render(s, canonical, ','))?.fullKey;
          // Without a comma, "MAIN ST NORTH SPRINGFIELD" could be the city North Springfield, so a
          // spelled-out post-directional is only promised where a comma ends the street.
          const post = comma ? randomPick : canonical;
          expect(normalizeAddress(render(s, randomPick, comma, post))?.fullKey).toBe(expected);
        },
      ),
    );
  });

  it('gives the same key for fields and for one line', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const line1 = render({ ...s, unit: undefined }, canonical, ',').split(',')[0] as string;
        const line2 = s.unit ? `${canonical(s.unit.type)} ${s.unit.id}` : '';
        const fields = { line1, line2, city: s.city, region: s.state, postalCode: s.zip };
        expect(normalizeAddress(fields)?.fullKey).toBe(normalizeAddress(render(s, canonical, ','))?.fullKey);
      }),
    );
  });

  it('never throws, and keys carry no stray whitespace', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          fc.record({
            line1: fc.anything(),
            line2: fc.anything(),
            city: fc.anything(),
            postalCode: fc.anything(),
            country: fc.anything(),
          }),
        ),
        (input) => {
          const result = normalizeAddress(input as string);
          if (result) expect(result.fullKey).not.toMatch(/\s\s|^\s|\s$|\s\||\|\s/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
