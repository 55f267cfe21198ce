/**
 * USPS Publication 28, Appendix C2 (secondary unit designators), plus spellings clerks type that
 * C2 does not list (APPT, SUIT, FLR, BLD...). PMB is not in C2 but USPS uses it as the designator
 * for a private mailbox at a commercial mail receiving agency, which is a unit like any other.
 */
const UNIT_VARIANTS: Readonly<Record<string, string>> = {
  APT: 'APARTMENT APPT APRT APART APTMT',
  BSMT: 'BASEMENT',
  BLDG: 'BUILDING BLD BLDNG BDLG',
  DEPT: 'DEPARTMENT',
  FL: 'FLOOR FLR',
  FRNT: 'FRONT',
  HNGR: 'HANGAR',
  KEY: '',
  LBBY: 'LOBBY',
  LOT: '',
  LOWR: 'LOWER',
  OFC: 'OFFICE',
  PH: 'PENTHOUSE',
  PIER: '',
  PMB: '',
  REAR: '',
  RM: 'ROOM',
  SIDE: '',
  SLIP: '',
  SPC: 'SPACE',
  STOP: '',
  STE: 'SUITE SUIT',
  TRLR: 'TRAILER',
  UNIT: 'UNT',
  UPPR: 'UPPER',
};

/** Every spelling of a secondary unit designator to its C2 abbreviation. */
export const UNIT_DESIGNATOR: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [standard, variants] of Object.entries(UNIT_VARIANTS)) {
    map.set(standard, standard);
    for (const variant of variants.split(' ')) if (variant) map.set(variant, standard);
  }
  return map;
})();

/** C2 marks these as needing no range ("REAR", "PH"); a number after them is optional. */
export const UNIT_WITHOUT_RANGE: ReadonlySet<string> = new Set(
  'BSMT FRNT LBBY LOWR OFC PH REAR SIDE UPPR'.split(' '),
);

/**
 * Designators that clerks use interchangeably for one dwelling or office ("Apt 4B", "Unit 4B",
 * "#4B", "Ste 4B", or no designator at all). Keys put them in one class, `#`, so the same door
 * matches however it was typed; FL, BLDG, LOT, RM... stay distinct because "BLDG 2" and "APT 2"
 * can both exist at one street address.
 */
export const GENERIC_UNIT: ReadonlySet<string> = new Set(['APT', 'UNIT', 'STE', '#', '']);

/** Designator glued to its number ("APT4B", "STE200"); the literal alternation cannot backtrack. */
export const GLUED_UNIT = new RegExp(
  `^(${[...UNIT_DESIGNATOR.keys()].sort((a, b) => b.length - a.length).join('|')})(\\d[A-Z0-9-]*)$`,
);
