import { KNOWN_INVALID_SSNS } from './_lib/ssn-data.js';

export interface ParsedSsn {
  area: string;
  group: string;
  serial: string;
  /** The nine digits without separators. */
  digits: string;
}

/** Stable codes for {@link ssnStructuralProblems}. */
export type SsnProblem =
  'malformed' | 'area-000' | 'area-666' | 'area-9xx' | 'group-00' | 'serial-0000' | 'known-invalid';

/** 3-2-4 digits with the same optional separator (hyphen or space) in both places. */
const SSN_RE = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/;

/** Mask used for a malformed SSN: nothing of the input is shown. */
const FULL_SSN_MASK = '***-**-****';

/**
 * Splits an SSN written as 123-45-6789, 123 45 6789 or 123456789 (full-width digits and surrounding
 * spaces allowed) into its parts, or undefined when it is not in one of those shapes. Says nothing
 * about whether SSA could have issued it: see {@link ssnStructuralProblems}. Never throws.
 *
 * @example
 * parseSsn('123-45-6789'); // { area: '123', group: '45', serial: '6789', digits: '123456789' }
 */
export function parseSsn(raw: string): ParsedSsn | undefined {
  if (typeof raw !== 'string' || raw.length > 32) return undefined;
  const match = SSN_RE.exec(raw.normalize('NFKC').trim());
  if (!match) return undefined;
  const [, area = '', , group = '', serial = ''] = match;
  return { area, group, serial, digits: `${area}${group}${serial}` };
}

/**
 * Reasons SSA could never have issued this number, in a fixed order: 'malformed' alone when it does
 * not parse; otherwise any of 'area-000', 'area-666', 'area-9xx' (900-999 are not issued; ITINs
 * live there), 'group-00', 'serial-0000' and 'known-invalid' (published sample numbers). An empty
 * list means structurally possible, not verified.
 *
 * @example
 * ssnStructuralProblems('666-00-1234'); // ['area-666', 'group-00']
 * ssnStructuralProblems('078-05-1120'); // ['known-invalid']
 */
export function ssnStructuralProblems(raw: string): SsnProblem[] {
  const ssn = parseSsn(raw);
  if (!ssn) return ['malformed'];
  const problems: SsnProblem[] = [];
  if (ssn.area === '000') problems.push('area-000');
  if (ssn.area === '666') problems.push('area-666');
  if (ssn.area.startsWith('9')) problems.push('area-9xx');
  if (ssn.group === '00') problems.push('group-00');
  if (ssn.serial === '0000') problems.push('serial-0000');
  if (KNOWN_INVALID_SSNS.has(ssn.digits)) problems.push('known-invalid');
  return problems;
}

/**
 * Masks an SSN for display so that only the last four digits ever appear; a malformed input is masked
 * entirely, since it may be an SSN typed wrongly.
 *
 * @example
 * maskSsn('123-45-6789'); // '***-**-6789'
 * maskSsn('12345'); // '***-**-****'
 */
export function maskSsn(raw: string): string {
  const ssn = parseSsn(raw);
  return ssn ? `***-**-${ssn.serial}` : FULL_SSN_MASK;
}

/**
 * The nine digits, as the key callers hash before storing or linking; undefined when malformed.
 * Structurally impossible numbers still get a key: two profiles sharing one is itself a signal.
 *
 * @example
 * ssnKey('123 45 6789'); // '123456789'
 */
export function ssnKey(raw: string): string | undefined {
  return parseSsn(raw)?.digits;
}

/** At most this many characters are ever shown, and never more than half of the value. */
const MAX_VISIBLE = 4;

/**
 * Masks a bank account, card or document number as '****' followed by at most `visible` (0-4) of
 * its last letters or digits, and never more than half of them. Separators are dropped and the mask
 * is always four ASCII asterisks, so the output leaks neither the length nor the format.
 *
 * @example
 * maskIdentifier('DE89 3704 0044 0532 0130 00'); // '****3000'
 * maskIdentifier('X1234567', 2); // '****67'
 */
export function maskIdentifier(value: string, visible = MAX_VISIBLE): string {
  const chars =
    typeof value === 'string' ? Array.from(value.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')) : [];
  const wanted = Number.isFinite(visible) ? Math.floor(visible) : MAX_VISIBLE;
  const shown = Math.max(0, Math.min(wanted, MAX_VISIBLE, Math.floor(chars.length / 2)));
  return `****${shown > 0 ? chars.slice(-shown).join('') : ''}`;
}
