import fc from 'fast-check';
import { maskTail, redactDeep, redactorFor } from '../../src/engine/redact.js';

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
