import fc from 'fast-check';
import { foldedChars, maskFolded } from '../../src/engine/_lib/fold-text.js';
import { containsSpaced, maskTail, redactorFor, spacedPattern } from '../../src/engine/redact.js';
import type { Profile } from '../../src/schema/profile.js';

const SSN_SOURCE =
  '(?<![\\p{L}\\p{N}])\\p{Nd}{3}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{2}[^\\p{L}\\p{N}\\r\\n]{1,3}\\p{Nd}{4}(?![\\p{L}\\p{N}])';
const SSN_TEST = new RegExp(SSN_SOURCE, 'u');
const SSN_ALL = new RegExp(SSN_SOURCE, 'gu');
const maskSsn = (ssn: string) => `***-**-${(ssn.match(/\p{Nd}/gu) ?? []).slice(-4).join('')}`;

/** The redactor as it was before it counted digits: every secret scanned for in every text. */
function referenceRedactor(profile: Profile): (text: string) => string {
  const secrets: string[] = [];
  const add = (value: string | undefined) => {
    if (value && !secrets.includes(value)) secrets.push(value);
  };
  for (const id of profile.nationalIds ?? []) add(id.value);
  for (const doc of profile.documents ?? []) add(doc.number);
  for (const account of profile.payroll?.accounts ?? []) add(account.accountNumber);
  const compacts = secrets
    .map(foldedChars)
    .filter((c) => c.length >= 5)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    if (compacts.length > 0) {
      if (/[^\x00-\x7f\u2000-\u206f]/.test(text)) {
        if (compacts.some((c) => foldedChars(text).includes(c))) out = maskFolded(text, compacts, maskTail);
      } else if (/[0-9A-Za-z]/.test(text)) {
        for (const compact of compacts)
          if (containsSpaced(out, compact)) out = out.replace(spacedPattern(compact), maskTail(compact));
        if (compacts.some((c) => containsSpaced(out, c))) out = maskFolded(out, compacts, maskTail);
      }
    }
    return SSN_TEST.test(out) ? out.replace(SSN_ALL, maskSsn) : out;
  };
}

const profile = {
  id: 'p',
  nationalIds: [{ type: 'us-ssn', value: '519-05-0001' }],
  documents: [{ type: 'drivers-license', number: 'D00004110' }],
  payroll: { accounts: [{ accountNumber: '132547090' }, { accountNumber: '5190500019' }] },
} as unknown as Profile;

/** Messages like a screening's: dates, numbers, the secrets written with separators, other scripts. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789 -./:D'), maxLength: 14 }) },
  fc.constantFrom(
    '519-05-0001',
    '5 1 9 0 5 0 0 0 1',
    'd-0000-4110',
    '132547090',
    '519050001 9',
    '2023-07-12',
  ),
  fc.constantFrom('The number "', '" on file', ' \u2014 ', 'Anna\u2019s ', '\u0665\u0661\u0669', '\uff15'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('redactorFor', () => {
  it('masks exactly as scanning for every secret in every text did', () => {
    const redact = redactorFor(profile);
    const reference = referenceRedactor(profile);
    fc.assert(
      fc.property(text, (value) => {
        expect(redact(value)).toBe(reference(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
