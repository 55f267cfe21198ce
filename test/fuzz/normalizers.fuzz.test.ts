import fc from 'fast-check';
import { addressKey, normalizeAddress } from '../../src/normalize/address.js';
import { emailKey, normalizeEmail } from '../../src/normalize/email.js';
import { isPrivateOrReservedIp, networkKey, parseIp } from '../../src/normalize/ip.js';
import { compareNames, normalizeName } from '../../src/normalize/name.js';
import { normalizePhone, phoneKey } from '../../src/normalize/phone.js';
import { maskSsn, parseSsn, ssnKey } from '../../src/normalize/ssn.js';
import { fuzzParameters } from './_support/runs.js';

/** Strings of every kind: any code unit, the characters normalisers special-case, long runs. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(...'0123456789 .-+()[]:%/@#|\u00a0\u200b\u00ad\u0435e\u0660\u0665'.split('')),
    maxLength: 40,
  }),
  fc.string({ maxLength: 2_000 }),
);

describe('fuzz: the normalisers', () => {
  it('never throw on any string, and names normalise idempotently', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        normalizeAddress(a);
        addressKey(a);
        normalizeEmail(a);
        emailKey(a);
        parseIp(a);
        networkKey(a);
        isPrivateOrReservedIp(a);
        normalizePhone(a);
        phoneKey(a, 'US');
        parseSsn(a);
        ssnKey(a);
        maskSsn(a);
        const comparison = compareNames(a, b);
        const name = normalizeName(a);
        return (
          normalizeName(name) === name &&
          comparison.score >= 0 &&
          comparison.score <= 1 &&
          comparison.match === compareNames(b, a).match
        );
      }),
      fuzzParameters(0.2),
    );
  });

  it('read an IP the same with and without brackets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        const plain = parseIp(ip);
        return plain !== undefined && parseIp(`[${ip}]`)?.address === plain.address;
      }),
      fuzzParameters(0.05),
    );
  });

  it('never throw on address records with fields of any value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('line1', 'line2', 'city', 'region', 'postalCode', 'country'), text),
        (address) => {
          normalizeAddress(address);
          addressKey(address);
          return true;
        },
      ),
      fuzzParameters(0.05),
    );
  });
});
