import { ValidationError } from '../../src/errors.js';
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

type Spelling = (identifier: string) => string;

const group = (digits: string, separator: string): string =>
  digits.length === 9
    ? [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)].join(separator)
    : [digits.slice(0, 4), digits.slice(4)].join(separator);

/** Ways people type identifiers that the engine's redactor is expected to catch. */
const COMMON: readonly Spelling[] = [
  (id) => id,
  (id) => group(id, ' '),
  (id) => group(id, '-'),
  (id) => id.split('').join('.'),
];
/** Rarer spellings: other separators and full-width digits. */
const UNUSUAL: readonly Spelling[] = [
  (id) => group(id, '/'),
  (id) => group(id, '_'),
  (id) => id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
];

/**
 * A profile stuffed with identifiers: impossible SSNs and failed checks that make rules fire, and the
 * person's own identifiers typed (in the given spellings) into free-text fields that rules quote.
 */
function hostile(base: ProfileInput, n: number, spellings: readonly Spelling[]): ProfileInput {
  const spell = (id: string, k: number): string => (spellings[(n + k) % spellings.length] as Spelling)(id);
  const ssn = HOSTILE_SSNS[n % HOSTILE_SSNS.length] as string;
  const validSsn = (base.nationalIds?.[0]?.value ?? '524-71-9384').replace(/-/g, '');
  const account = base.payroll?.accounts?.[0]?.accountNumber ?? '0012345678';
  const docNumber = `X${String(40_000_000 + n * 7919).padStart(8, '0')}`;
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
        nameOnDocument: `Somebody Else ${spell(validSsn, 1)}`,
        dateOfBirth: '1970-01-01',
        expiresOn: '2020-01-01',
        address: { line1: `${docNumber} Main Street`, city: 'Dover', region: 'DE', postalCode: '19901' },
        verification: { status: 'failed', method: 'automated' },
      },
      ...(base.documents ?? []),
    ],
    phones: [
      { number: spell(validSsn, 0) },
      { number: spell(account, 1), lineType: 'voip' },
      { number: `+886 ${spell(ssn.replace(/\D/g, ''), 2)}` },
      ...(base.phones ?? []),
    ],
    emails: [
      { address: `${spell(validSsn, 2)}@mailinator.com` },
      { address: `${docNumber}@` },
      ...(base.emails ?? []),
    ],
    addresses: [
      ...(base.addresses ?? []),
      {
        purpose: 'shipping',
        line1: `${spell(account, 0)} Freight Way`,
        city: 'Dover',
        region: 'DE',
        postalCode: '19901',
      },
    ],
    payroll: {
      accounts: [
        {
          accountNumber: account,
          holderName: `Account ${spell(account, 0)}`,
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
        { employer: `Employer ${spell(validSsn, 1)}`, start: '2024-01-01', fullTime: true },
        { employer: `Contractor ${spell(account, 2)}`, start: '2024-02-01', fullTime: true },
      ],
    },
    resumeText: `SSN ${spell(validSsn, 0)}; account ${spell(account, 1)}; passport ${docNumber}`,
  };
}

const commonProfiles = [...benignProfiles(60, 991)].map((base, n) => hostile(base, n, COMMON));
const unusualProfiles = [...benignProfiles(30, 992)].map((base, n) => hostile(base, n, UNUSUAL));

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

/** Screens profiles with every built-in rule and scans every output; leaks are named by rule and last four. */
async function screenAll(
  profiles: readonly ProfileInput[],
): Promise<{ leaks: string[]; fired: Set<string> }> {
  const screener = createScreener({ rules: allRules, now: BENIGN_AS_OF });
  const leaks = new Set<string>();
  const fired = new Set<string>();
  for (const profile of profiles) {
    const screening: Screening = await screener.screen(profile);
    const identifiers = identifiersOf(profile);
    for (const finding of screening.findings) {
      fired.add(finding.ruleId);
      const leaked = findLeaks(JSON.stringify(finding), identifiers);
      if (leaked.length > 0) leaks.add(`${finding.ruleId}: ${finding.path ?? ''}`);
    }
    const outputs = {
      json: formatJson(screening),
      text: formatScreeningText(screening),
      'rule errors': screening.ruleResults.map((result) => result.error?.message ?? '').join('\n'),
    };
    for (const [where, text] of Object.entries(outputs))
      if (findLeaks(text, identifiers).length > 0)
        leaks.add(`${where} of ${profile.id.replace(/\d+$/, 'N')}`);
  }
  return { leaks: [...leaks].sort(), fired };
}

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
    const { leaks, fired } = await screenAll(commonProfiles);
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

  it('leaks nothing when identifiers are typed with slashes, underscores or full-width digits', async () => {
    const { leaks } = await screenAll(unusualProfiles);
    expect(leaks).toEqual([]);
  });

  it('rejects invalid records without echoing identifiers, one at a time and in a batch', async () => {
    const screener = createScreener({ rules: allRules, now: BENIGN_AS_OF });
    const messages: string[] = [];
    for (const record of BAD_RECORDS) {
      const error = await screener.screen(record as ProfileInput).then(
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
