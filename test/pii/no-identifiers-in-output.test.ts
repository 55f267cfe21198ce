import { ValidationError } from '../../src/engine/errors.js';
import { createScreener } from '../../src/engine/screener.js';
import type { Screening } from '../../src/engine/types.js';
import { formatJson } from '../../src/report/json.js';
import { formatScreeningText } from '../../src/report/text.js';
import { allRules } from '../../src/rules/all.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { BENIGN_AS_OF, benignProfiles } from '../_support/benign-profiles.js';

/**
 * No output of a screening may carry a full SSN, bank account number or document number, in any
 * spacing: not the findings JSON, not the text report, not a ValidationError, not a rule's error.
 * Profiles here are stuffed with identifiers, including impossible SSNs that make rules fire,
 * identifiers typed into the wrong fields, and records that fail validation.
 */

/** Letters and digits of an identifier, the part that must never appear whole. */
function core(identifier: string): string {
  return identifier.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Finds every identifier that appears whole in `text`, allowing any separators (up to three
 * characters other than ASCII letters and digits: spaces, hyphens, dots, slashes, quotes) between its
 * characters. The text is NFKC-folded first, so full-width digits count as digits.
 */
function findLeaks(text: string, identifiers: readonly string[]): string[] {
  const folded = text.normalize('NFKC');
  return identifiers.filter((identifier) => {
    const chars = Array.from(core(identifier));
    if (chars.length < 5) return false;
    const body = chars.map((c) => c.replace(/[^A-Za-z0-9]/g, '\\$&')).join('[^A-Za-z0-9]{0,3}');
    return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, 'i').test(folded);
  });
}

/** The SSNs, document numbers and account numbers a profile carries. */
function identifiersOf(profile: ProfileInput): string[] {
  return [
    ...(profile.nationalIds ?? []).map((id) => id.value),
    ...(profile.documents ?? []).map((doc) => doc.number),
    ...(profile.payroll?.accounts ?? []).map((account) => account.accountNumber),
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

// Impossible or malformed SSNs make ssn-structurally-invalid fire; mismatch and deceased results make
// ssn-verification-failed fire; a failed, expired document in another name makes the document rules fire.
const HOSTILE_SSNS = [
  '666-12-3456',
  '000123456',
  '900 12 3456',
  '078-05-1120',
  '123-00-4567',
  '12-345-6789',
  '5247193841',
];

function hostile(base: ProfileInput, n: number): ProfileInput {
  const ssn = HOSTILE_SSNS[n % HOSTILE_SSNS.length] as string;
  const validSsn = (base.nationalIds?.[0]?.value ?? '524-71-9384').replace(/-/g, '');
  const account = base.payroll?.accounts?.[0]?.accountNumber ?? '0012345678';
  const docNumber = `X${String(40_000_000 + n * 7919).padStart(8, '0')}`;
  const spaced = [
    `${validSsn.slice(0, 3)} ${validSsn.slice(3, 5)} ${validSsn.slice(5)}`,
    validSsn.split('').join('.'),
    validSsn,
    `${validSsn.slice(0, 3)}/${validSsn.slice(3, 5)}/${validSsn.slice(5)}`,
    `${validSsn.slice(0, 3)}_${validSsn.slice(3, 5)}_${validSsn.slice(5)}`,
    validSsn.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  ][n % 6] as string;
  return {
    ...base,
    id: `pii-${n}`,
    nationalIds: [
      { type: 'us-ssn', value: ssn, verification: n % 2 === 0 ? 'deceased' : 'mismatch' },
      { type: 'us-ssn', value: validSsn, verification: 'mismatch' },
    ],
    documents: [
      {
        type: 'passport',
        issuingCountry: 'US',
        number: docNumber,
        nameOnDocument: 'Somebody Else Entirely',
        dateOfBirth: '1970-01-01',
        expiresOn: '2020-01-01',
        address: { line1: `${docNumber} Main Street`, city: 'Dover', region: 'DE', postalCode: '19901' },
        verification: { status: 'failed', method: 'automated' },
      },
      ...(base.documents ?? []),
    ],
    // Identifiers typed into the wrong fields: rules that quote these fields must not leak them.
    phones: [{ number: spaced }, { number: `${account}`, lineType: 'voip' }, ...(base.phones ?? [])],
    emails: [{ address: `${validSsn}@mailinator.com` }, { address: `${docNumber}@` }, ...(base.emails ?? [])],
    payroll: {
      accounts: [
        {
          accountNumber: account,
          holderName: `Account ${account}`,
          institution: 'Payoneer',
          institutionType: 'money-service',
          country: 'HK',
        },
      ],
    },
    employment: {
      ...base.employment,
      workArrangement: 'remote',
      workHistory: [
        { employer: `Employer ${validSsn}`, start: '2024-01-01', fullTime: true },
        { employer: `Contractor ${account}`, start: '2024-02-01', fullTime: true },
      ],
    },
    resumeText: `SSN ${spaced}; account ${account}; passport ${docNumber}`,
  };
}

const profiles: ProfileInput[] = [...benignProfiles(60, 991)].map(hostile);

/** Records that fail validation while holding identifiers, each in a different way. */
const BAD_RECORDS: unknown[] = [
  { id: 'bad-1', nationalIds: [{ type: 'us-ssn', value: 524719384 }] },
  { id: 'bad-2', dateOfBirth: '524-71-9384', nationalIds: [{ type: 'us-ssn', value: '524-71-9384' }] },
  { id: 'bad-3', claimed: { country: '524719384' }, documents: [{ type: 'passport', number: 'X40007919' }] },
  { id: 'bad-4', phones: [{ number: '524-71-9384', lineType: '524719384' }] },
  { id: 'bad-5', payroll: { accounts: [{ accountNumber: 1234567890123 }] } },
  { id: 'bad-6', documents: [{ type: '524-71-9384', number: 'X40007919' }] },
  { id: 'bad-7', nationalIds: [{ type: 'us-ssn', value: '524-71-9384'.repeat(200) }] },
  { id: 'bad-8', emails: [{ address: { ssn: '524-71-9384' } }], logins: [{ at: '524-71-9384' }] },
];
const BAD_IDENTIFIERS = ['524-71-9384', 'X40007919', '1234567890123'];

describe('no full identifier in any output', () => {
  it('the detector finds identifiers in any spacing and ignores masked ones', () => {
    const ids = ['524-71-9384', 'X40007919', '000123456789'];
    expect(findLeaks('ssn 524 71 9384 here', ids)).toEqual(['524-71-9384']);
    expect(findLeaks('"5.2.4.7.1.9.3.8.4"', ids)).toEqual(['524-71-9384']);
    expect(findLeaks('acct 0001-2345-6789 doc x40007919', ids)).toEqual(['X40007919', '000123456789']);
    expect(findLeaks('ssn ***-**-9384, acct ****6789, doc ****7919', ids)).toEqual([]);
    expect(findLeaks('order 15247193840', ids)).toEqual([]);
  });

  it('screens hostile profiles with every built-in rule and leaks nothing', async () => {
    const screener = createScreener({ rules: allRules, now: BENIGN_AS_OF });
    const leaks: string[] = [];
    const fired = new Set<string>();
    for (const profile of profiles) {
      const screening: Screening = await screener.screen(profile);
      for (const finding of screening.findings) fired.add(finding.ruleId);
      const outputs = {
        json: formatJson(screening),
        text: formatScreeningText(screening),
        errors: screening.ruleResults.map((result) => result.error?.message ?? '').join('\n'),
      };
      for (const [where, text] of Object.entries(outputs))
        for (const leak of findLeaks(text, identifiersOf(profile)))
          leaks.push(`${profile.id} ${where}: ${core(leak).slice(-4)}`);
    }
    expect(leaks).toEqual([]);
    // The profiles must actually exercise the identifier-bearing rules.
    expect([...fired]).toEqual(
      expect.arrayContaining([
        'ssn-structurally-invalid',
        'ssn-verification-failed',
        'document-name-mismatch',
        'document-verification-failed',
        'document-expired',
        'phone-number-invalid',
        'disposable-email-domain',
        'email-malformed',
      ]),
    );
  });

  it('rejects invalid records without echoing identifiers, one at a time and in a batch', async () => {
    const screener = createScreener({ rules: allRules, now: BENIGN_AS_OF });
    const messages: string[] = [];
    for (const record of BAD_RECORDS) {
      const error = await screener.screen(record).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ValidationError);
      const validation = error as ValidationError;
      messages.push(validation.message, JSON.stringify(validation.issues), String(validation.stack));
    }
    for await (const result of screener.screenMany(BAD_RECORDS)) {
      expect(result.ok).toBe(false);
      if (!result.ok) messages.push(result.error.message, JSON.stringify(result.error.issues));
    }
    expect(findLeaks(messages.join('\n'), BAD_IDENTIFIERS)).toEqual([]);
  });
});
