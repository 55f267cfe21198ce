import fc from 'fast-check';
import {
  emailKey,
  isDisposableEmailDomain,
  isFreeMailDomain,
  localPartNameSimilarity,
  normalizeEmail,
} from '../../src/normalize/email.js';

describe('normalizeEmail', () => {
  it('folds a Googlemail address with dots and a tag onto gmail.com', () => {
    expect(normalizeEmail(' John.Smith+jobs@GoogleMail.com ')).toEqual({
      address: 'John.Smith+jobs@googlemail.com',
      local: 'John.Smith+jobs',
      domain: 'googlemail.com',
      canonical: 'johnsmith@gmail.com',
      valid: true,
    });
  });

  it('converts an IDN domain to punycode', () => {
    expect(normalizeEmail('user@bücher.de')).toEqual({
      address: 'user@xn--bcher-kva.de',
      local: 'user',
      domain: 'xn--bcher-kva.de',
      canonical: 'user@xn--bcher-kva.de',
      valid: true,
    });
  });

  it.each([
    ['Jane.Doe+cv@Outlook.com', 'jane.doe@outlook.com'],
    ['jane.doe+cv@hotmail.com', 'jane.doe@hotmail.com'],
    ['Jane.Doe+x@icloud.com', 'jane.doe@icloud.com'],
    ['jane.doe+x@proton.me', 'jane.doe@proton.me'],
    ['jane.doe+x@fastmail.com', 'jane.doe@fastmail.com'],
    ['janedoe-shopping@yahoo.com', 'janedoe@yahoo.com'],
    ['jane.doe+x@yahoo.com', 'jane.doe+x@yahoo.com'],
    ['Jane.Doe+x@example.com', 'jane.doe+x@example.com'],
    ['mailto:Foo@Bar.com', 'foo@bar.com'],
    ['+tag@gmail.com', '+tag@gmail.com'],
  ])('canonicalises %s as %s', (raw, canonical) => {
    expect(normalizeEmail(raw)?.canonical).toBe(canonical);
  });

  it.each([
    'a..b@x.com',
    '.a@x.com',
    'a.@x.com',
    'a@x',
    'a@-x.com',
    'a@x-.com',
    'a@x..com',
    'a@x.123',
    'a@exa mple.com',
    'a@b@c.com',
    '"john doe"@x.com',
    'x@[192.0.2.1]',
    `${'a'.repeat(65)}@x.com`,
    `a@${'b'.repeat(64)}.com`,
    `a@${'b.'.repeat(127)}com`,
  ])('marks %s invalid', (raw) => {
    expect(normalizeEmail(raw)?.valid).toBe(false);
  });

  it.each(['', 'abc', '@x.com', 'a@', ' @ '])('returns undefined for %j', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });

  it('accepts the largest sizes RFC 5321 allows', () => {
    expect(normalizeEmail(`${'a'.repeat(64)}@${'b'.repeat(63)}.com`)?.valid).toBe(true);
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void normalizeEmail(raw as string)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (raw) => void normalizeEmail(`${raw}@${raw}`)));
  });
});

describe('emailKey', () => {
  it('gives dotted, tagged and cased Gmail spellings one key', () => {
    expect(emailKey('j.o.h.n.smith+x@gmail.com')).toBe('johnsmith@gmail.com');
    expect(emailKey('JohnSmith@googlemail.com')).toBe('johnsmith@gmail.com');
  });

  it('returns undefined for an invalid address', () => {
    expect(emailKey('a..b@x.com')).toBeUndefined();
    expect(emailKey('nope')).toBeUndefined();
  });

  it('is idempotent and insensitive to case and surrounding spaces', () => {
    const local = fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,2}(\+[a-z]{1,5})?$/);
    const domain = fc.constantFrom('gmail.com', 'googlemail.com', 'outlook.com', 'yahoo.com', 'example.org');
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const key = emailKey(`${l}@${d}`);
        expect(key).toBeDefined();
        expect(emailKey(key as string)).toBe(key);
        expect(emailKey(`  ${l.toUpperCase()}@${d.toUpperCase()} `)).toBe(key);
      }),
    );
  });
});

describe('isDisposableEmailDomain', () => {
  it.each([
    ['mailinator.com', true],
    ['MAILINATOR.COM.', true],
    ['someone@mailinator.com', true],
    ['33mail.com', true],
    ['anything.33mail.com', true],
    ['gmail.com', false],
    ['example.com', false],
    ['', false],
  ])('says %j is disposable: %s', (domain, expected) => {
    expect(isDisposableEmailDomain(domain)).toBe(expected);
  });

  it('never throws on garbage', () => {
    expect(isDisposableEmailDomain(undefined as unknown as string)).toBe(false);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['Hotmail.com', true],
    ['user@outlook.com', true],
    ['yahoo.co.jp', true],
    ['proton.me', true],
    ['acme-corp.com', false],
    ['mail.gmail.com', false],
    ['', false],
  ])('says %j is free mail: %s', (domain, expected) => {
    expect(isFreeMailDomain(domain)).toBe(expected);
  });
});

describe('localPartNameSimilarity', () => {
  it.each([
    ['jsmith', 1],
    ['john.smith', 1],
    ['smithj', 1],
    ['smith.john', 1],
    ['johnsmith1987', 1],
    ['J.Smith+jobs', 1],
    ['jsmith@example.com', 1],
    ['jsmith_dev', 0.95],
  ])('rates %s as %d for John Smith', (local, expected) => {
    expect(localPartNameSimilarity(local, 'John Smith')).toBeCloseTo(expected, 10);
  });

  it('recognises a nickname handle', () => {
    expect(localPartNameSimilarity('bob.smith', 'Robert Smith')).toBe(1);
    expect(localPartNameSimilarity('bsmith', { full: '', given: 'Robert', family: 'Smith' })).toBe(1);
  });

  it('rates an unrelated handle low', () => {
    expect(localPartNameSimilarity('coolcoder99', 'John Smith')).toBeLessThan(0.3);
    expect(localPartNameSimilarity('0xdeadbeef', 'John Smith')).toBeLessThan(0.3);
  });

  it('rates a surname-only handle one edit away from jsmith', () => {
    expect(localPartNameSimilarity('smith1987', 'John Smith')).toBeCloseTo(5 / 6, 10);
  });

  it('returns 0 when either side has no letters', () => {
    expect(localPartNameSimilarity('12345', 'John Smith')).toBe(0);
    expect(localPartNameSimilarity('jsmith', '')).toBe(0);
    expect(localPartNameSimilarity(undefined as unknown as string, 'John Smith')).toBe(0);
  });

  it('stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (local, name) => {
        const score = localPartNameSimilarity(local, name);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });
});
