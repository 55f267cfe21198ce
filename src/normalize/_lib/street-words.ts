import { STREET_SUFFIX } from './street-suffixes.js';

/** Directionals (Publication 28, Appendix B2) keyed by the one or two words that spell them. */
export const DIRECTIONAL: ReadonlyMap<string, string> = new Map([
  ['N', 'N'],
  ['NORTH', 'N'],
  ['S', 'S'],
  ['SOUTH', 'S'],
  ['E', 'E'],
  ['EAST', 'E'],
  ['W', 'W'],
  ['WEST', 'W'],
  ['NE', 'NE'],
  ['NORTHEAST', 'NE'],
  ['NW', 'NW'],
  ['NORTHWEST', 'NW'],
  ['SE', 'SE'],
  ['SOUTHEAST', 'SE'],
  ['SW', 'SW'],
  ['SOUTHWEST', 'SW'],
  ['N E', 'NE'],
  ['NORTH EAST', 'NE'],
  ['N W', 'NW'],
  ['NORTH WEST', 'NW'],
  ['S E', 'SE'],
  ['SOUTH EAST', 'SE'],
  ['S W', 'SW'],
  ['SOUTH WEST', 'SW'],
]);

const ORDINAL_WORDS = [
  'FIRST SECOND THIRD FOURTH FIFTH SIXTH SEVENTH EIGHTH NINTH TENTH ELEVENTH TWELFTH THIRTEENTH',
  'FOURTEENTH FIFTEENTH SIXTEENTH SEVENTEENTH EIGHTEENTH NINETEENTH TWENTIETH',
]
  .join(' ')
  .split(' ');
const TENS = 'TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY'.split(' ');
const TENTHS = 'TWENTIETH THIRTIETH FORTIETH FIFTIETH SIXTIETH SEVENTIETH EIGHTIETH NINETIETH'.split(' ');

/** "1ST", "22ND", "113TH": English picks the suffix from the last two digits. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}TH`;
  return `${n}${['TH', 'ST', 'ND', 'RD'][n % 10] ?? 'TH'}`;
}

const ORDINAL_WORD: ReadonlyMap<string, number> = new Map([
  ...ORDINAL_WORDS.map((word, i) => [word, i + 1] as const),
  ...TENTHS.map((word, i) => [word, (i + 2) * 10] as const),
  ['HUNDREDTH', 100],
]);

/** Spelled or numeric ordinal ("FIFTH", "5TH", "5TH", the old USPS "2D") to its number. */
export function ordinalValue(word: string): number | undefined {
  const spelled = ORDINAL_WORD.get(word);
  if (spelled !== undefined) return spelled;
  const numeric = /^(\d{1,4})(ST|ND|RD|TH|D)$/.exec(word);
  return numeric ? Number(numeric[1]) : undefined;
}

/** Reads "TWENTY FIRST" (two tokens, from "Twenty-First") as 21; returns the tokens used. */
export function compoundOrdinal(
  words: readonly string[],
  at: number,
): { value: number; used: number } | undefined {
  const tens = TENS.indexOf(words[at] ?? '');
  const unit = tens >= 0 ? ORDINAL_WORD.get(words[at + 1] ?? '') : undefined;
  if (unit !== undefined && unit < 10) return { value: (tens + 2) * 10 + unit, used: 2 };
  const single = ordinalValue(words[at] ?? '');
  return single === undefined ? undefined : { value: single, used: 1 };
}

/** Name words that are not C1 suffixes but are abbreviated as freely ("Saint Charles" = "St Charles"). */
const NAME_ALIAS: ReadonlyMap<string, string> = new Map([
  ['SAINT', 'ST'],
  ['RT', 'RTE'],
]);

/** One word of a street or city name in the form keys compare: C1 abbreviation, alias or itself. */
export function canonicalNameWord(word: string): string {
  return STREET_SUFFIX.get(word) ?? NAME_ALIAS.get(word) ?? word;
}

/**
 * Numbered-road names that take no suffix ("County Road 12", "US Hwy 101"): the words that start
 * them, as they appear after `canonicalNameWord`, and the canonical prefix of the name.
 */
export const NUMBERED_ROAD: readonly (readonly [readonly string[], string])[] = [
  [['COUNTY', 'RD'], 'CO RD'],
  [['CO', 'RD'], 'CO RD'],
  [['CR'], 'CO RD'],
  [['COUNTY', 'HWY'], 'CO HWY'],
  [['CO', 'HWY'], 'CO HWY'],
  [['STATE', 'RTE'], 'STATE RTE'],
  [['SR'], 'STATE RTE'],
  [['STATE', 'HWY'], 'STATE HWY'],
  [['SH'], 'STATE HWY'],
  [['US', 'HWY'], 'US HWY'],
  [['US', 'RTE'], 'US HWY'],
  [['US'], 'US HWY'],
  [['FARM', 'TO', 'MARKET', 'RD'], 'FM'],
  [['FARM', 'TO', 'MARKET'], 'FM'],
  [['FM'], 'FM'],
  [['INTERSTATE'], 'I'],
  [['I'], 'I'],
  [['HWY'], 'HWY'],
  [['RTE'], 'RTE'],
];

/** Spellings of "post office box" before the number, longest first. */
export const PO_BOX_FORMS: readonly (readonly string[])[] = [
  ['POST', 'OFFICE', 'BOX'],
  ['P', 'O', 'BOX'],
  ['PO', 'BOX'],
  ['PO', 'BX'],
  ['P', 'O', 'B'],
  ['POBOX'],
  ['POB'],
  ['POST', 'BOX'],
  ['BOX'],
  ['PO'],
];

/** Spellings of rural and highway-contract routes, to the USPS abbreviation. */
export const ROUTE_FORMS: readonly (readonly [readonly string[], string])[] = [
  [['RURAL', 'ROUTE'], 'RR'],
  [['RURAL', 'RTE'], 'RR'],
  [['R', 'R'], 'RR'],
  [['RR'], 'RR'],
  [['RFD'], 'RR'],
  [['HIGHWAY', 'CONTRACT'], 'HC'],
  [['HC'], 'HC'],
  [['HCR'], 'HC'],
];
