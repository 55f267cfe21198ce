import { foldText } from './address-tokens.js';
import { US_STATE } from './us-states.js';

/** ISO 3166 user-assigned code for "unknown", used when a country name resolves to nothing. */
export const UNKNOWN_COUNTRY = 'ZZ';

const ALIASES: Readonly<Record<string, string>> = {
  US: 'US',
  USA: 'US',
  'U S': 'US',
  'U S A': 'US',
  AMERICA: 'US',
  'UNITED STATES': 'US',
  'UNITED STATES OF AMERICA': 'US',
  UK: 'GB',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
  'NORTHERN IRELAND': 'GB',
  'CZECH REPUBLIC': 'CZ',
  TURKEY: 'TR',
  HOLLAND: 'NL',
  'REPUBLIC OF KOREA': 'KR',
  KOREA: 'KR',
  'IVORY COAST': 'CI',
};

const foldName = (name: string): string =>
  foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Withdrawn codes CLDR still names ("DD" is also "Germany"); the current code must win.
const WITHDRAWN = new Set(['BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR']);

let names: Map<string, string> | undefined;

// Built on first use from the runtime's own CLDR data (Node ships full ICU), so the library carries
// no country-name table; 676 lookups once, then a map hit per address.
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && !WITHDRAWN.has(code) && !names.has(foldName(name))) names.set(foldName(name), code);
    }
  }
  return names;
}

/** A country written as a code or an English name, to ISO alpha-2; undefined when unrecognised. */
export function resolveCountry(raw: string): string | undefined {
  const folded = foldName(raw);
  if (/^[A-Z]{2}$/.test(folded)) return folded;
  return countryNames().get(folded);
}

/**
 * A country spelled out at the end of a one-line string. Two-letter codes and US state names are
 * not read as countries there: ", IL" is Illinois and ", Georgia" the state, not Israel or Georgia.
 */
export function countryNamed(raw: string): string | undefined {
  const folded = foldName(raw);
  if (folded.length <= 2 || US_STATE.has(folded)) return undefined;
  return countryNames().get(folded);
}
