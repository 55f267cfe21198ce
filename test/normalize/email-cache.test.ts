import { isDisposableEmailDomain, normalizeEmail, sharedEmail } from '../../src/normalize/email.js';

describe('e-mail parse cache', () => {
  it('gives every normalizeEmail caller its own, mutable copy', () => {
    const first = normalizeEmail(' John.Smith+jobs@GoogleMail.com ');
    expect(first).toEqual(sharedEmail(' John.Smith+jobs@GoogleMail.com '));
    if (first) first.valid = false;
    expect(normalizeEmail(' John.Smith+jobs@GoogleMail.com ')?.valid).toBe(true);
    expect(Object.isFrozen(normalizeEmail('a@b.co'))).toBe(false);
  });

  it.each(['', '@', 'a@', 'x'.repeat(321), 'plain', 'a@b@c.com', 'ÁNGEL@ejemplo.es'])(
    'answers %j the same on a second call',
    (raw) => {
      expect(normalizeEmail(raw)).toEqual(normalizeEmail(raw));
      expect(sharedEmail(raw)).toEqual(normalizeEmail(raw));
    },
  );

  it('answers disposable-domain questions the same when cached', () => {
    for (const domain of [
      'mailinator.com',
      'MAILINATOR.COM',
      'x@mailinator.com',
      'gmail.com',
      '',
      'a'.repeat(400),
    ]) {
      expect(isDisposableEmailDomain(domain)).toBe(isDisposableEmailDomain(domain));
    }
    expect(isDisposableEmailDomain('MAILINATOR.COM')).toBe(true);
    expect(isDisposableEmailDomain(`${'a'.repeat(400)}.mailinator.com`)).toBe(false);
    expect(isDisposableEmailDomain(undefined as unknown as string)).toBe(false);
  });
});
