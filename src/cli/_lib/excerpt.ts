import { maskDigitRuns } from '../../_lib/json-text.js';
import { redactorFor } from '../../engine/redact.js';

/** Longest excerpt of input text an error message may quote, in characters. */
export const EXCERPT_LENGTH = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// With no profile, the engine's redactor masks what is shaped like an identifier (an SSN).
const redact = redactorFor({ id: '' });

/**
 * A short, safe quotation of input text for an error message: at most {@link EXCERPT_LENGTH}
 * characters, every run of five or more digits masked (a headerless CSV's first cell may be an SSN or an
 * account number, and the message goes to a terminal or a CI log), control characters shown escaped.
 *
 * @example
 * excerpt('536228147,Ana Lima') // '"*********,Ana Lima"'
 */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const cut = text.length > length ? `${text.slice(0, length)}…` : text;
  // Digit runs first, whole: the redactor alone would keep an SSN's last four digits, as reports do.
  const masked = redact(maskDigitRuns(cut));
  const shown = masked.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `"${shown}"`;
}
