import type { Token } from './address-tokens.js';
import { UNIT_DESIGNATOR } from './secondary-units.js';
import { readUnits, startsUnit, type StreetLine, type Unit } from './street-line.js';
import { DIRECTIONAL } from './street-words.js';

/**
 * The type of a unit made of words that no designator or identifier rule reads ("CONDO", "TOWER
 * PLACE", "MEZZANINE"). They stay in the key as typed: dropping them let two doors of one building
 * share a key whenever the part that told them apart was unreadable.
 */
export const UNKNOWN_UNIT = '?';

const HAS_DIGIT = /\d/;

/**
 * Reads `tokens[from, to)` as secondary units, keeping every word: what `readUnits` cannot read
 * becomes an unknown unit, consecutive unread words joined into one.
 */
export function readUnitText(tokens: readonly Token[], from: number, to: number, units: Unit[]): void {
  const span = tokens.slice(from, to);
  let i = 0;
  let unknown: Unit | undefined;
  let readEnd = 0;
  while (i < span.length) {
    const next = readUnits(span, i, units);
    if (next > i) {
      unknown = undefined;
      i = readEnd = next;
      continue;
    }
    const word = span[i]?.text ?? '';
    const previous = units[units.length - 1];
    i++;
    // A lone letter is an identifier: after one it completes it ("Apt 13 C" = "Apt 13C"), alone it is
    // one ("Ave SW A, Mount Vernon").
    if (/^[A-Z]$/.test(word) && !unknown) {
      if (previous?.id && previous.type !== UNKNOWN_UNIT && i - 1 === readEnd) previous.id += word;
      else units.push({ type: '', id: word });
      readEnd = i;
      continue;
    }
    if (unknown) unknown.id += ` ${word}`;
    else units.push((unknown = { type: UNKNOWN_UNIT, id: word }));
  }
}

/**
 * A directional right after the street in its own comma part ("M St., NW, Ste 700") or before a
 * unit ("Donnelly Ave., S. W. # 2") is the street's post-directional, not unit text.
 */
export function takePostDirectional(tokens: readonly Token[], line: StreetLine): number {
  if (line.postDirectional || tokens.length === 0) return 0;
  const segment = tokens[0]?.segment;
  const same = (at: number): boolean => tokens[at]?.segment === segment;
  const two = same(1) ? DIRECTIONAL.get(`${tokens[0]?.text} ${tokens[1]?.text}`) : undefined;
  const used = two ? 2 : DIRECTIONAL.has(tokens[0]?.text ?? '') ? 1 : 0;
  if (used === 0) return 0;
  const after = tokens[used];
  const endsHere = !same(used);
  if (!endsHere && !startsUnit(tokens, used) && !HAS_DIGIT.test(after?.text ?? '')) return 0;
  line.postDirectional = two ?? (DIRECTIONAL.get(tokens[0]?.text ?? '') as string);
  return used;
}

/**
 * Designators that name no US place, so one among the words before the state marks unit text even
 * without a number ("Ground Floor"). FL is left out (Florida), as are KEY, LOT, LOWER, UPPER, FRONT,
 * SIDE, PIER, SPACE... which begin place names (Key West, Upper Darby, Front Royal).
 */
const UNIT_ONLY = new Set([
  'APT',
  'BLDG',
  'BSMT',
  'DEPT',
  'FL',
  'HNGR',
  'OFC',
  'PH',
  'RM',
  'STE',
  'TRLR',
  'UNIT',
]);
const marksUnit = (word: string): boolean =>
  word === '#' || HAS_DIGIT.test(word) || (word !== 'FL' && UNIT_ONLY.has(UNIT_DESIGNATOR.get(word) ?? ''));

/**
 * Where the city starts in what follows the street of a one-line address. Earlier comma parts are
 * unit text; in the last part, the units `readUnits` reads and every word up to the last one that
 * marks a unit (a digit, "#", a designator: US place names carry none) are too, and the rest is the city.
 */
export function cityStart(tokens: readonly Token[], from: number): number {
  const last = tokens[tokens.length - 1]?.segment;
  let start = from;
  while (start < tokens.length && tokens[start]?.segment !== last) start++;
  let end = readUnits(tokens, start, []);
  for (let k = tokens.length - 1; k >= end; k--) {
    if (marksUnit(tokens[k]?.text ?? '')) {
      end = Math.max(k + 1, readUnits(tokens, k, []));
      break;
    }
  }
  // No US place name starts with a lone letter other than a compass point ("Apt 13 C", "Ave SW A Mount
  // Vernon"); N, S, E and W may start one ("N Little Rock").
  const next = tokens[end]?.text ?? '';
  return next.length === 1 && next >= 'A' && next <= 'Z' && !DIRECTIONAL.has(next) ? end + 1 : end;
}

/** The units of words that read as nothing but units ("Suite 200, Bldg 17" before a street); else undefined. */
export function onlyUnits(tokens: readonly Token[]): Unit[] | undefined {
  const units: Unit[] = [];
  return tokens.length > 0 && readUnits(tokens, 0, units) === tokens.length ? units : undefined;
}
