/**
 * USPS two-letter state and territory codes (Publication 28, Appendix B) with their names and
 * the AP-style abbreviations people still type ("Calif.", "Ill."). Territories, freely associated
 * states and the military "states" (AA, AE, AP) are included because USPS addresses them like
 * states.
 */
const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'ALABAMA,ALA',
  AK: 'ALASKA',
  AZ: 'ARIZONA,ARIZ',
  AR: 'ARKANSAS,ARK',
  CA: 'CALIFORNIA,CALIF,CAL',
  CO: 'COLORADO,COLO',
  CT: 'CONNECTICUT,CONN',
  DE: 'DELAWARE,DEL',
  DC: 'DISTRICT OF COLUMBIA,WASHINGTON DC',
  FL: 'FLORIDA,FLA',
  GA: 'GEORGIA',
  HI: 'HAWAII',
  ID: 'IDAHO',
  IL: 'ILLINOIS,ILL',
  IN: 'INDIANA,IND',
  IA: 'IOWA',
  KS: 'KANSAS,KAN,KANS',
  KY: 'KENTUCKY',
  LA: 'LOUISIANA',
  ME: 'MAINE',
  MD: 'MARYLAND',
  MA: 'MASSACHUSETTS,MASS',
  MI: 'MICHIGAN,MICH',
  MN: 'MINNESOTA,MINN',
  MS: 'MISSISSIPPI,MISS',
  MO: 'MISSOURI',
  MT: 'MONTANA,MONT',
  NE: 'NEBRASKA,NEB,NEBR',
  NV: 'NEVADA,NEV',
  NH: 'NEW HAMPSHIRE',
  NJ: 'NEW JERSEY',
  NM: 'NEW MEXICO',
  NY: 'NEW YORK',
  NC: 'NORTH CAROLINA',
  ND: 'NORTH DAKOTA',
  OH: 'OHIO',
  OK: 'OKLAHOMA,OKLA',
  OR: 'OREGON,ORE,OREG',
  PA: 'PENNSYLVANIA,PENN,PENNA',
  RI: 'RHODE ISLAND',
  SC: 'SOUTH CAROLINA',
  SD: 'SOUTH DAKOTA',
  TN: 'TENNESSEE,TENN',
  TX: 'TEXAS,TEX',
  UT: 'UTAH',
  VT: 'VERMONT',
  VA: 'VIRGINIA',
  WA: 'WASHINGTON,WASH',
  WV: 'WEST VIRGINIA,W VA,WVA',
  WI: 'WISCONSIN,WIS,WISC',
  WY: 'WYOMING,WYO',
  AS: 'AMERICAN SAMOA',
  GU: 'GUAM',
  MP: 'NORTHERN MARIANA ISLANDS',
  PR: 'PUERTO RICO',
  VI: 'VIRGIN ISLANDS,US VIRGIN ISLANDS',
  FM: 'FEDERATED STATES OF MICRONESIA,MICRONESIA',
  MH: 'MARSHALL ISLANDS',
  PW: 'PALAU',
  AA: 'ARMED FORCES AMERICAS',
  AE: 'ARMED FORCES EUROPE',
  AP: 'ARMED FORCES PACIFIC',
};

/** Code, name or abbreviation (words joined by one space) to the two-letter code. */
export const US_STATE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(STATE_NAMES)) {
    map.set(code, code);
    for (const name of names.split(',')) map.set(name, code);
  }
  return map;
})();

/** The longest state name in words ("FEDERATED STATES OF MICRONESIA"). */
export const STATE_MAX_WORDS = 4;

/** Territories with ISO codes of their own that USPS addresses as domestic states. */
export const US_TERRITORY: ReadonlySet<string> = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);
