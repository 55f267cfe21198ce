import fc from 'fast-check';
import { KNOWN_INVALID_SSNS } from '../../src/normalize/_lib/ssn-data.js';
import { maskSsn, parseSsn, ssnKey, ssnStructuralProblems } from '../../src/normalize/ssn.js';

/** The regular-expression reading the character-by-character one replaced. */
const SSN_RE = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/;

const reference = {
  parse(raw: string) {
    if (typeof raw !== 'string' || raw.length > 32) return undefined;
    const match = SSN_RE.exec(raw.normalize('NFKC').trim());
    if (!match) return undefined;
    const [, area = '', , group = '', serial = ''] = match;
    return { area, group, serial, digits: `${area}${group}${serial}` };
  },
  problems(raw: string) {
    const ssn = reference.parse(raw);
    if (!ssn) return ['malformed'];
    const problems: string[] = [];
    if (ssn.area === '000') problems.push('area-000');
    if (ssn.area === '666') problems.push('area-666');
    if (ssn.area.startsWith('9')) problems.push('area-9xx');
    if (ssn.group === '00') problems.push('group-00');
    if (ssn.serial === '0000') problems.push('serial-0000');
    if (KNOWN_INVALID_SSNS.has(ssn.digits)) problems.push('known-invalid');
    return problems;
  },
};

// Digit runs of near-right lengths, zero-heavy so the structural problems show, with separators that
// match or not, full-width digits, padding and stray characters.
const digit = fc.constantFrom('0', '0', '0', '6', '9', '1', '5', '\uff10', '\uff19', 'a', '\u0661');
const run = (length: number) =>
  fc.array(digit, { minLength: length - 1, maxLength: length + 1 }).map((ds) => ds.join(''));
const separator = fc.constantFrom('', '', '-', '-', ' ', '\u2013', '.', '--');
const padding = fc.constantFrom('', '', ' ', '\t', '\u3000', 'x');
const candidate = fc.oneof(
  fc.tuple(padding, run(3), separator, run(2), separator, run(4), padding).map((parts) => parts.join('')),
  fc.constantFrom('078-05-1120', '219-09-9999', '666-00-0000', '900 12 3456', '123456789'),
  fc.string({ maxLength: 14 }),
);

describe('SSN reading without a regular expression', () => {
  it('parses, masks, keys and checks exactly as the regular expression did', () => {
    fc.assert(
      fc.property(candidate, (raw) => {
        expect(parseSsn(raw)).toEqual(reference.parse(raw));
        expect(ssnStructuralProblems(raw)).toEqual(reference.problems(raw));
        const parsed = reference.parse(raw);
        expect(maskSsn(raw)).toBe(parsed ? `***-**-${parsed.serial}` : '***-**-****');
        expect(ssnKey(raw)).toBe(parsed?.digits);
      }),
      { numRuns: 20_000 },
    );
  });
});
