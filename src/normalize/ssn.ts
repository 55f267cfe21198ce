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
  const text = ssnText(raw);
  if (text === undefined) return undefined;
  return {
    area: text.slice(0, 3),
    group: text.slice(groupStart(text), groupStart(text) + 2),
    serial: text.slice(-4),
    digits: digitsOf(text),
  };
}

/**
 * The SSN as written, normalised and trimmed, when it is 3-2-4 digits with the same optional separator
 * (hyphen or space) in both places; else undefined. Read character by character rather than with a
 * regular expression, and the parts are read off it in place: the SSN rules and the link keys read
 * every profile's SSN several times, and a match array with its captures was garbage each time.
 */
function ssnText(raw: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > 32) return undefined;
  const text = raw.normalize('NFKC').trim();
  if (text.length === 9) return allDigits(text, 0, 9) ? text : undefined;
  if (text.length !== 11) return undefined;
  const separator = text[3];
  if ((separator !== '-' && separator !== ' ') || text[6] !== separator) return undefined;
  return allDigits(text, 0, 3) && allDigits(text, 4, 6) && allDigits(text, 7, 11) ? text : undefined;
}

/** Where the two-digit group starts: after the area, and after the separator when there is one. */
function groupStart(text: string): number {
  return text.length === 9 ? 3 : 4;
}

/** The nine digits of an SSN text: the text itself when it has no separators. */
function digitsOf(text: string): string {
  return text.length === 9 ? text : text.slice(0, 3) + text.slice(4, 6) + text.slice(7);
}

function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
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
  const text = ssnText(raw);
  if (text === undefined) return ['malformed'];
  const problems: SsnProblem[] = [];
  if (text.startsWith('000')) problems.push('area-000');
  if (text.startsWith('666')) problems.push('area-666');
  if (text.startsWith('9')) problems.push('area-9xx');
  if (text.startsWith('00', groupStart(text))) problems.push('group-00');
  if (text.endsWith('0000')) problems.push('serial-0000');
  if (KNOWN_INVALID_SSNS.has(digitsOf(text))) problems.push('known-invalid');
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
  const text = ssnText(raw);
  return text === undefined ? FULL_SSN_MASK : `***-**-${text.slice(-4)}`;
}

/**
 * The nine digits, as the key callers hash before storing or linking; undefined when malformed.
 * Structurally impossible numbers still get a key: two profiles sharing one is itself a signal.
 *
 * @example
 * ssnKey('123 45 6789'); // '123456789'
 */
export function ssnKey(raw: string): string | undefined {
  const text = ssnText(raw);
  return text === undefined ? undefined : digitsOf(text);
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
