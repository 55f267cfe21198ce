import fc from 'fast-check';
import { ValidationError } from '../../src/errors.js';
import { parseProfile, safeParseProfile } from '../../src/schema/parse.js';

function issues(input: unknown) {
  const result = safeParseProfile(input);
  if (result.success) throw new Error('expected a rejection');
  return result.error.issues.map((issue) => issue.path);
}

describe('parseProfile', () => {
  it('accepts a profile with only an id', () => {
    expect(parseProfile({ id: 'cand-1' })).toEqual({ id: 'cand-1' });
  });

  it('upper-cases country codes', () => {
    expect(parseProfile({ id: 'p', claimed: { country: 'us' } }).claimed?.country).toBe('US');
  });

  it('rejects a missing id with the path "id"', () => {
    expect(issues({ name: { full: 'Ana Lima' } })).toEqual(['id']);
  });

  it('rejects input that is not an object at the root', () => {
    for (const input of [null, 42, 'text', [], undefined]) expect(issues(input)).toEqual(['']);
  });

  it('names every bad field with its full path', () => {
    expect(
      issues({
        id: 'p',
        dateOfBirth: '1990-02-30',
        phones: [{ number: 5551234 }],
        devices: [{ id: 'd', usb: [{ vendorId: 'zzzz' }] }],
        claimed: { timeZone: 'Mars/Olympus' },
      }).sort(),
    ).toEqual(['claimed.timeZone', 'dateOfBirth', 'devices[0].usb[0].vendorId', 'phones[0].number']);
  });

  it('refuses a 10 MB string with a length message instead of hanging', () => {
    const result = safeParseProfile({ id: 'p', name: { full: 'x'.repeat(10 * 1024 * 1024) } });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toEqual([
        { path: 'name.full', code: 'too_big', message: expect.stringMatching(/1000/) },
      ]);
  });

  it('ignores __proto__ and constructor keys without polluting prototypes', () => {
    const input = JSON.parse(
      '{"id":"p","__proto__":{"polluted":true},"name":{"full":"A B","__proto__":{"x":1}},"constructor":{"prototype":{"y":1}}}',
    );
    const profile = parseProfile(input);
    expect(profile).toEqual({ id: 'p', name: { full: 'A B' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
  });

  it('never echoes identifier values in errors', () => {
    const result = safeParseProfile({
      id: 'p',
      nationalIds: [{ type: 'ssn', value: '123-45-6789' }],
      payroll: { accounts: [{ accountNumber: 987654321012, routingNumber: '021000021' }] },
      documents: [{ type: 'passport', number: 'X12345678', expiresOn: 'X12345678' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const text = `${result.error.message}\n${JSON.stringify(result.error.issues)}`;
      for (const secret of ['123-45-6789', '987654321012', 'X12345678']) expect(text).not.toContain(secret);
      expect(result.error.issues.map((i) => i.path).sort()).toEqual([
        'documents[0].expiresOn',
        'nationalIds[0].type',
        'payroll.accounts[0].accountNumber',
      ]);
    }
  });

  it('says which record and which profile in the message', () => {
    const result = safeParseProfile({ id: 'cand-7', dateOfBirth: 'soon' }, { position: 4 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(result.error.code).toBe('INVALID_PROFILE');
      expect(result.error.message).toBe(
        'Profile "cand-7" (record 5) is invalid:\n  dateOfBirth: must be a date written YYYY-MM-DD',
      );
    }
  });

  it('never throws from safeParseProfile, whatever the input', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof safeParseProfile(input).success === 'boolean'));
  });
});

describe('parsed profiles', () => {
  it('accepts a parsed profile again as the same object, without a second validation', () => {
    const profile = parseProfile({ id: 'p', claimed: { country: 'us' } });
    const again = safeParseProfile(profile);
    expect(again.success && again.data).toBe(profile);
  });

  it('still validates a copy of a parsed profile', () => {
    const copy = { ...parseProfile({ id: 'p' }), dateOfBirth: 'soon' };
    expect(safeParseProfile(copy).success).toBe(false);
  });
});
