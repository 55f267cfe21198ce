import fc from 'fast-check';
import { addressKey } from '../../src/normalize/address.js';
import { compareNames, normalizeName } from '../../src/normalize/name.js';
import { foldText as foldAddressText } from '../../src/normalize/_lib/address-tokens.js';
import { foldText } from '../../src/normalize/_lib/fold.js';
import { foldLookalikes } from '../../src/normalize/_lib/lookalikes.js';

/** Format characters (Cf) seen in evasion: zero-width space, joiners, soft hyphen, word joiner, BOM, bidi. */
const FORMAT_CHARS = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u00AD',
  '\u2060',
  '\uFEFF',
  '\u200E',
  '\u202E',
  '\u{E0041}',
];

const ADDRESSES = [
  '123 North Main Street, Apt 4B, Springfield, IL 62701',
  '1800 M St NW Ste 700, Washington, DC 20036',
  'PO Box 15, Austin, TX 78701',
  '9 Oak Avenue SW #12, Portland, OR 97201',
];
const NAMES = ['John Smith', 'María José García-López', 'Robert J. Smith', 'Nguyen Van An'];

/** Inserts `ch` at `at` (clamped), never inside a surrogate pair. */
function insertAt(text: string, at: number, ch: string): string {
  const chars = [...text];
  const k = at % (chars.length + 1);
  return [...chars.slice(0, k), ch, ...chars.slice(k)].join('');
}

describe('invisible and look-alike characters', () => {
  it('keys an address with a format character inserted anywhere as the address without it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADDRESSES),
        fc.nat(),
        fc.constantFrom(...FORMAT_CHARS),
        (address, at, ch) => {
          expect(addressKey(insertAt(address, at, ch))).toBe(addressKey(address));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('compares a name with a format character inserted anywhere as an exact match', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.nat(), fc.constantFrom(...FORMAT_CHARS), (name, at, ch) => {
        const spoofed = insertAt(name, at, ch);
        expect(normalizeName(spoofed)).toBe(normalizeName(name));
        expect(compareNames(spoofed, name)).toEqual({ score: 1, match: true, reason: 'exact', details: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('folds text idempotently, look-alikes and format characters included', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'аеорсухвкмнтАВЕКМНОРСТХαβεηικμνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧéÉßſ½'),
        fc.constantFrom(...FORMAT_CHARS),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (input) => {
        expect(foldText(foldText(input))).toBe(foldText(input));
        expect(foldAddressText(foldAddressText(input))).toBe(foldAddressText(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('keys a shipping line typed with a Cyrillic or Greek look-alike as the Latin one', () => {
    const key = 'US|62701|123||MAIN|ST||#|4B';
    expect(addressKey('123 M\u0430in St Apt 4B, Springfield, IL 62701')).toBe(key);
    expect(addressKey('123 \u041C\u0410IN \u0405\u0422 APT 4B, SPRINGFIELD, IL 62701')).toBe(key);
    expect(addressKey('123 \u039C\u0391IN ST APT 4B, SPRINGFIELD, IL 62701')).toBe(key);
    expect(addressKey('123 Main St Apt 4B, Springfi\u0435ld, IL 62701')).toBe(key);
  });

  it('matches a name typed with a Cyrillic look-alike exactly', () => {
    expect(compareNames('J\u043Ehn Smith', 'John Smith').reason).toBe('exact');
    expect(normalizeName('\u0410NNA \u0421ARTER')).toBe(normalizeName('Anna Carter'));
  });

  it('folds each case of a look-alike letter to the same Latin letter', () => {
    const pairs = 'аАвВеЕкКмМнНоОрРсСтТуУхХαΑβΒεΕηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧ';
    for (let i = 0; i < pairs.length; i += 2) {
      const [small, capital] = [pairs[i] as string, pairs[i + 1] as string];
      expect(foldLookalikes(capital.toLowerCase())).toBe(foldLookalikes(small));
      expect(foldLookalikes(small)).toMatch(/^[a-z]$/);
    }
  });
});
