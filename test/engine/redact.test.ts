import fc from 'fast-check';
import { containsSpaced, maskTail, redactDeep, redactorFor, spacedPattern } from '../../src/engine/redact.js';

describe('redactorFor', () => {
  const profile = {
    id: 'p',
    nationalIds: [{ type: 'us-ssn' as const, value: '123-45-6789' }],
    payroll: { accounts: [{ accountNumber: '000123456789' }] },
    documents: [{ type: 'passport' as const, number: 'X1234567' }],
  };
  const redact = redactorFor(profile);

  it('masks the SSN in any spacing', () => {
    expect(redact('a 123456789 b 123 45 6789 c 123-45-6789')).toBe('a *****6789 b *****6789 c *****6789');
  });

  it('masks the account and document numbers', () => {
    expect(redact('acct 000123456789, passport x1234567')).toBe('acct ********6789, passport ****4567');
  });

  it('masks identifiers split by slashes, underscores, a key separator or typed in full-width digits', () => {
    expect(
      redact(
        'a 123/45/6789 b 123_45_6789 c US|123|456789|X d \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19',
      ),
    ).toBe('a *****6789 b *****6789 c US|*****6789|X d *****6789');
  });

  it('masks anything shaped like an SSN even when the profile does not carry it', () => {
    expect(redact('other 987-65-4329')).toBe('other ***-**-4329');
  });

  it('walks nested values', () => {
    expect(redactDeep({ list: ['123456789'], n: 5 }, redact)).toEqual({ list: ['*****6789'], n: 5 });
  });

  it('never leaves the secret in the output, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        (before, after) => !redact(`${before}123456789${after}`).includes('123456789'),
      ),
    );
  });
});

describe('maskTail', () => {
  it('keeps the last four characters', () => {
    expect(maskTail('123-45-6789')).toBe('*****6789');
  });

  it('masks short values entirely', () => {
    expect(maskTail('123')).toBe('***');
  });
});

describe('containsSpaced', () => {
  const asciiText = fc.string({
    unit: fc.constantFrom(...'0123456789abcXYZ -./|_\u2019\u2014\u2026'.split('')),
    maxLength: 30,
  });
  const compact = fc.string({
    unit: fc.constantFrom(...'0123456789ABCXYZ'.split('')),
    minLength: 5,
    maxLength: 9,
  });

  it('finds exactly what the spaced pattern matches in ASCII text with typographic punctuation', () => {
    fc.assert(
      fc.property(asciiText, compact, asciiText, fc.boolean(), (before, secret, after, plant) => {
        const spaced = plant ? secret.split('').join(' -'.slice(0, secret.length % 3)) : '';
        const text = `${before}${spaced}${after}`;
        return containsSpaced(text, secret) === spacedPattern(secret).test(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('tolerates any run of separators between characters, in either case, but not a letter', () => {
    expect(containsSpaced('id x1-2 - 3/4|#|5 ok', 'X12345')).toBe(true);
    expect(containsSpaced('id x1-2 3/4|5 ok', 'X12345')).toBe(true);
    expect(containsSpaced('id x1-2 a 3/4|5 ok', 'X12345')).toBe(false);
    expect(containsSpaced('1234', '12345')).toBe(false);
  });
});
