import { Metadata } from 'libphonenumber-js/core';
import type { PhoneNumberType } from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * libphonenumber's reading of a number written `+1 NPA NXX XXXX` (spaces, hyphens or dots between the
 * groups, or none), worked out from the same "max" metadata with each pattern compiled once. Through
 * the library a cold number cost ~50 us of a ~650 us screening: every check builds a new RegExp from a
 * pattern of up to 2 KB (issue 16). Nine in ten numbers of a US roster have this form. The steps below
 * are the library's own for such input (parse, getCountryByNationalNumber, getNumberType, isValid,
 * isPossible), and a property test holds the two equal; anything else is left to the library.
 */
export interface NanpReading {
  e164: string;
  country: string | undefined;
  callingCode: '1';
  type: PhoneNumberType | undefined;
  valid: boolean;
  possible: boolean;
}

const NANP_FORM = /^\+1[ .-]?(\d{3})[ .-]?(\d{3})[ .-]?(\d{4})$/;

/** The library types getNumberType tries after FIXED_LINE, in its order. */
const NON_FIXED_LINE_TYPES: readonly PhoneNumberType[] = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/** What this reads of the metadata at run time, beyond what the library's types declare. */
interface PlanInternals {
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface MetadataInternals {
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  numberingPlan: PlanInternals;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

interface TypeRule {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

interface Plan {
  country: string;
  leadingDigits: RegExp | undefined;
  nationalNumber: RegExp;
  hasTypes: boolean;
  possibleLengths: readonly number[] | undefined;
  /** Types with a non-empty pattern, as isNumberTypeEqualTo reads them. */
  types: ReadonlyMap<PhoneNumberType, TypeRule>;
  /** How the plan lists MOBILE, which decides FIXED_LINE against FIXED_LINE_OR_MOBILE. */
  mobile: 'absent' | 'empty' | 'listed';
}

const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function planOf(metadata: MetadataInternals, country: string): Plan {
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  const types = new Map<PhoneNumberType, TypeRule>();
  for (const type of ['FIXED_LINE', ...NON_FIXED_LINE_TYPES] as const) {
    const rule = plan.type(type);
    if (rule?.pattern())
      types.set(type, { pattern: entirely(rule.pattern()), lengths: rule.possibleLengths() });
  }
  const mobile = plan.type('MOBILE');
  const leadingDigits = plan.leadingDigits();
  return {
    country,
    leadingDigits: leadingDigits ? new RegExp(leadingDigits) : undefined,
    nationalNumber: entirely(plan.nationalNumberPattern()),
    hasTypes: plan.hasTypes(),
    possibleLengths: plan.possibleLengths(),
    types,
    mobile: mobile === undefined ? 'absent' : mobile.pattern() === '' ? 'empty' : 'listed',
  };
}

interface Nanp {
  /** The plan `+1` selects (the US): where a national prefix is read, and the plan of a number of no country. */
  main: Plan;
  nationalPrefix: RegExp | undefined;
  /** The countries of calling code 1, in the metadata's order, which is the order they are tried in. */
  countries: readonly Plan[];
}

let nanp: Nanp | null | undefined;

/** Built on the first number; null when the metadata does not read as expected, so the library decides. */
function nanpPlans(): Nanp | null {
  if (nanp !== undefined) return nanp;
  try {
    // The metadata `libphonenumber-js/max` parses with, so both paths read the same ranges.
    const metadata = new Metadata(metadataJson) as unknown as MetadataInternals;
    const main = planOf(metadata, '1');
    // Read while `+1`'s plan is the selected one, as the library reads it before it knows the country.
    const prefix = metadata.numberingPlan.nationalPrefixForParsing();
    const nationalPrefix = prefix ? new RegExp(`^(?:${prefix})`) : undefined;
    const countries = (metadata.getCountryCodesForCallingCode('1') ?? []).map((country) =>
      planOf(metadata, country),
    );
    nanp = countries.length > 1 ? { main, nationalPrefix, countries } : null;
  } catch {
    nanp = null;
  }
  return nanp;
}

function isType(nationalNumber: string, plan: Plan, type: PhoneNumberType): boolean {
  const rule = plan.types.get(type);
  if (rule === undefined) return false;
  if (rule.lengths && !rule.lengths.includes(nationalNumber.length)) return false;
  return rule.pattern.test(nationalNumber);
}

/** getNumberType. */
function typeOf(nationalNumber: string, plan: Plan): PhoneNumberType | undefined {
  if (!plan.nationalNumber.test(nationalNumber)) return undefined;
  if (isType(nationalNumber, plan, 'FIXED_LINE')) {
    if (plan.mobile !== 'listed') return 'FIXED_LINE_OR_MOBILE';
    return isType(nationalNumber, plan, 'MOBILE') ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  for (const type of NON_FIXED_LINE_TYPES) if (isType(nationalNumber, plan, type)) return type;
  return undefined;
}

/** getCountryByNationalNumber: the first country whose leading digits, or else whose ranges, hold it. */
function countryOf(nationalNumber: string, countries: readonly Plan[]): Plan | undefined {
  for (const plan of countries) {
    if (plan.leadingDigits !== undefined) {
      if (nationalNumber.search(plan.leadingDigits) === 0) return plan;
    } else if (typeOf(nationalNumber, plan) !== undefined) return plan;
  }
  return undefined;
}

/**
 * The library's reading of `raw` when it is a `+1` number of the plain form above; undefined otherwise
 * (another form, a national prefix to strip, or metadata that does not read as expected).
 *
 * @example
 * readNanpNumber('+1 415 555 2671'); // { e164: '+14155552671', country: 'US', callingCode: '1', ... }
 */
export function readNanpNumber(raw: string): NanpReading | undefined {
  const form = NANP_FORM.exec(raw);
  if (form === null) return undefined;
  const plans = nanpPlans();
  if (plans === null) return undefined;
  const nationalNumber = `${form[1]}${form[2]}${form[3]}`;
  if (plans.nationalPrefix?.test(nationalNumber)) return undefined;
  const country = countryOf(nationalNumber, plans.countries);
  const plan = country ?? plans.main;
  if (plan.possibleLengths === undefined) return undefined;
  const type = typeOf(nationalNumber, plan);
  const valid = plan.hasTypes ? type !== undefined : plan.nationalNumber.test(nationalNumber);
  return {
    e164: `+1${nationalNumber}`,
    country: country?.country,
    callingCode: '1',
    type: valid ? type : undefined,
    valid,
    // checkNumberLength's IS_POSSIBLE: the plan lists the length.
    possible: plan.possibleLengths.includes(nationalNumber.length),
  };
}
