import { joinWords, type Token } from './address-tokens.js';
import { GLUED_UNIT, UNIT_DESIGNATOR, UNIT_WITHOUT_RANGE } from './secondary-units.js';
import { STREET_SUFFIX, STRONG_SUFFIX } from './street-suffixes.js';
import {
  DIRECTIONAL,
  NUMBERED_ROAD,
  PO_BOX_FORMS,
  ROUTE_FORMS,
  canonicalNameWord,
  compoundOrdinal,
  ordinal,
  ordinalValue,
} from './street-words.js';

/** A secondary unit: C2 designator ('' when the input gave none) and its identifier. */
export interface Unit {
  type: string;
  id: string;
}

/** The delivery line of a US address, each part in canonical spelling ('' when absent). */
export interface StreetLine {
  kind: 'street' | 'po-box' | 'rural-route';
  houseNumber: string;
  preDirectional: string;
  streetName: string;
  suffix: string;
  postDirectional: string;
  units: Unit[];
  poBox: string;
  ruralRoute: string;
}

const HAS_DIGIT = /\d/;
const HOUSE_NUMBER = /^\d[0-9A-Z-]*$/;
const HOUSE_WITH_FRACTION = /^(\d+)-(\d+\/\d+)$/;
const FRACTION = /^\d+\/\d+$/;
const NUMBER = /^\d+$/;
const GLUED_BOX = /^(POBOX|POB|BOX|BX)(\d[0-9A-Z-]*)$/;
const GLUED_ROUTE = /^(RR|HC|RFD)(\d+)$/;

const text = (tokens: readonly Token[], at: number): string | undefined => tokens[at]?.text;
const inSegment = (tokens: readonly Token[], at: number, segment: number): boolean =>
  tokens[at] !== undefined && tokens[at].segment === segment;

/** Unit identifiers compare without hyphens or leading zeros ("4-B" = "4B", "04" = "4"). */
export const cleanId = (id: string): string => id.replace(/-/g, '').replace(/^0+(?=\d)/, '');

// Loops, not `every`/`find` with a closure: these run on every token a delivery line might start at
// (most of an address), and each closure was an allocation on that path.
function matchWords(tokens: readonly Token[], at: number, words: readonly string[], canon = false): boolean {
  const segment = tokens[at]?.segment;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || token.segment !== segment) return false;
    if ((canon ? canonicalNameWord(token.text) : token.text) !== words[k]) return false;
  }
  return true;
}

// Tokens hold no space, so only these words can start a two-word directional: the pair's key is built
// for them alone, not for every word of every street name.
const DIRECTIONAL_FIRST_WORD: ReadonlySet<string> = new Set(
  [...DIRECTIONAL.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0] as string),
);

/**
 * A directional spelled with one or two words ("NW", "N W", "NORTH WEST"), within one segment.
 * Exported for tests only.
 */
export function readDirectional(tokens: readonly Token[], at: number, segment: number) {
  if (!inSegment(tokens, at, segment)) return undefined;
  const two =
    DIRECTIONAL_FIRST_WORD.has(text(tokens, at) ?? '') && inSegment(tokens, at + 1, segment)
      ? DIRECTIONAL.get(`${text(tokens, at)} ${text(tokens, at + 1)}`)
      : undefined;
  if (two) return { value: two, used: 2, spelledOut: (text(tokens, at) ?? '').length > 1 };
  const one = DIRECTIONAL.get(text(tokens, at) ?? '');
  return one ? { value: one, used: 1, spelledOut: (text(tokens, at) ?? '').length > 2 } : undefined;
}

/** Whether a secondary unit starts at `at` ("APT 4B", "#4B", "STE200", "2ND FL", "REAR"). */
export function startsUnit(tokens: readonly Token[], at: number): boolean {
  const word = text(tokens, at);
  if (word === undefined) return false;
  if (word === '#' || GLUED_UNIT.test(word)) return true;
  const next = tokens[at + 1];
  const designator = UNIT_DESIGNATOR.get(word);
  if (designator === undefined) {
    return ordinalValue(word) !== undefined && UNIT_DESIGNATOR.get(next?.text ?? '') === 'FL';
  }
  if (next === undefined || next.segment !== tokens[at]?.segment)
    return UNIT_WITHOUT_RANGE.has(designator) || true;
  if (next.text === '#' || HAS_DIGIT.test(next.text) || UNIT_DESIGNATOR.has(next.text)) return true;
  return !UNIT_WITHOUT_RANGE.has(designator) && next.text.length <= 2 && !STREET_SUFFIX.has(next.text);
}

/**
 * Reads secondary units from `at` until something that is not one. A bare identifier with a digit
 * ("MAIN ST 4B") counts as a unit of unknown type.
 */
export function readUnits(tokens: readonly Token[], at: number, units: Unit[]): number {
  let i = at;
  while (i < tokens.length) {
    const word = text(tokens, i) as string;
    const next = text(tokens, i + 1);
    const glued = GLUED_UNIT.exec(word);
    const floor = ordinalValue(word);
    if (word === '#') {
      if (next !== undefined && !UNIT_DESIGNATOR.has(next)) {
        units.push({ type: '#', id: cleanId(next) });
        i += 2;
      } else i++;
    } else if (glued) {
      units.push({ type: UNIT_DESIGNATOR.get(glued[1] ?? '') ?? '', id: cleanId(glued[2] ?? '') });
      i++;
    } else if (floor !== undefined && next !== undefined && UNIT_DESIGNATOR.get(next) === 'FL') {
      units.push({ type: 'FL', id: String(floor) });
      i += 2;
    } else if (UNIT_DESIGNATOR.has(word)) {
      const type = UNIT_DESIGNATOR.get(word) as string;
      let k = i + 1;
      if (text(tokens, k) === '#') k++;
      const id = text(tokens, k);
      const takesId =
        id !== undefined &&
        !UNIT_DESIGNATOR.has(id) &&
        (HAS_DIGIT.test(id) || (!UNIT_WITHOUT_RANGE.has(type) && id.length <= 2));
      units.push({ type, id: takesId ? cleanId(id) : '' });
      i = takesId ? k + 1 : k;
    } else if (HAS_DIGIT.test(word) && !FRACTION.test(word)) {
      units.push({ type: '', id: cleanId(word) });
      i++;
    } else break;
  }
  return i;
}

function readBox(tokens: readonly Token[], at: number): { box: string; end: number } | undefined {
  let i = at;
  if (text(tokens, i) === '#') i++;
  const word = text(tokens, i);
  return word !== undefined && HAS_DIGIT.test(word) ? { box: cleanId(word), end: i + 1 } : undefined;
}

// Only a form's first word can start one: every other word is turned away by one set look-up.
const PO_BOX_FIRST_WORD: ReadonlySet<string> = new Set(PO_BOX_FORMS.map((words) => words[0] as string));
const ROUTE_FIRST_WORD: ReadonlySet<string> = new Set(ROUTE_FORMS.map(([words]) => words[0] as string));
const ROUTE_WORD: readonly string[] = ['RTE'];
const BOX_WORD: readonly string[] = ['BOX'];

/** A PO box starting at `at` ("PO BOX 12", "P O B 12", "POB12"). Exported for tests only. */
export function readPoBox(tokens: readonly Token[], at: number) {
  const word = text(tokens, at) ?? '';
  const glued = GLUED_BOX.exec(word);
  if (glued) return { box: cleanId(glued[2] ?? ''), end: at + 1 };
  if (!PO_BOX_FIRST_WORD.has(word)) return undefined;
  for (let f = 0; f < PO_BOX_FORMS.length; f++) {
    const form = PO_BOX_FORMS[f] as readonly string[];
    if (matchWords(tokens, at, form)) return readBox(tokens, at + form.length);
  }
  return undefined;
}

function routeFormAt(tokens: readonly Token[], at: number) {
  if (!ROUTE_FIRST_WORD.has(text(tokens, at) ?? '')) return undefined;
  for (let f = 0; f < ROUTE_FORMS.length; f++) {
    const form = ROUTE_FORMS[f] as readonly [readonly string[], string];
    if (matchWords(tokens, at, form[0])) return form;
  }
  return undefined;
}

/** A rural route or highway contract starting at `at` ("RR 2 BOX 15", "HC1"). Exported for tests only. */
export function readRuralRoute(tokens: readonly Token[], at: number) {
  let route: string | undefined;
  let i = at;
  const glued = GLUED_ROUTE.exec(text(tokens, at) ?? '');
  if (glued) {
    route = `${glued[1] === 'HC' ? 'HC' : 'RR'} ${Number(glued[2])}`;
    i++;
  } else {
    const form = routeFormAt(tokens, at);
    const viaRoute = !form && matchWords(tokens, at, ROUTE_WORD, true) ? 1 : 0;
    const used = form ? form[0].length : viaRoute;
    const number = text(tokens, at + used);
    if (used === 0 || number === undefined || !NUMBER.test(number)) return undefined;
    // A bare "Route 2" is a road; only "Route 2 Box 15" is the rural-route form.
    if (viaRoute && !matchWords(tokens, at + 2, BOX_WORD)) return undefined;
    route = `${form ? form[1] : 'RR'} ${Number(number)}`;
    i = at + used + 1;
  }
  const boxWord = text(tokens, i);
  const box = boxWord === 'BOX' || boxWord === 'BX' ? readBox(tokens, i + 1) : readBox(tokens, i);
  return { route, box: box?.box ?? '', end: box?.end ?? i };
}

/** Whether a PO box, rural route or house number starts at `at`: where a delivery line begins. */
export function startsDeliveryLine(tokens: readonly Token[], at: number): boolean {
  const word = text(tokens, at) ?? '';
  return (
    HOUSE_NUMBER.test(word) || readPoBox(tokens, at) !== undefined || readRuralRoute(tokens, at) !== undefined
  );
}

function readNumberedRoad(tokens: readonly Token[], at: number) {
  for (const [words, prefix] of NUMBERED_ROAD) {
    const number = text(tokens, at + words.length);
    if (number !== undefined && NUMBER.test(number) && matchWords(tokens, at, words, true)) {
      return { name: `${prefix} ${Number(number)}`, end: at + words.length + 1 };
    }
  }
  return undefined;
}

/** Another suffix later in the segment means this one is part of the name ("LAKE SHORE DR"). */
function suffixEndsName(tokens: readonly Token[], at: number, segment: number, closed: boolean): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.segment !== segment || startsUnit(tokens, at + 1)) return true;
  if (STRONG_SUFFIX.has(STREET_SUFFIX.get(next.text) ?? '')) return false;
  if (!closed) return true;
  for (let k = at + 1; inSegment(tokens, k, segment) && !startsUnit(tokens, k); k++) {
    if (STREET_SUFFIX.has(text(tokens, k) ?? '')) return false;
  }
  return true;
}

// Words after which a number belongs to the road's name ("Old Hwy 61", "Road 12", "FM 1960").
const TAKES_NUMBER: ReadonlySet<string> = new Set([
  ...NUMBERED_ROAD.map(([words]) => words[words.length - 1] as string),
  ...'RD HWY RTE FWY EXPY PIKE TPKE'.split(' '),
]);

/**
 * A word with digits after the first name word is a door, not a name word ("1328 W McDermott 200"):
 * left in the name it made "McDermott 200" and "McDermott 300" two streets and hid the unit. Ordinals
 * ("W 5th") and numbers after a road word ("Old Hwy 61") stay in the name.
 */
function endsNameAsUnit(word: string, previous: string): boolean {
  return (
    HAS_DIGIT.test(word) &&
    ordinalValue(word) === undefined &&
    !FRACTION.test(word) &&
    !TAKES_NUMBER.has(canonicalNameWord(previous))
  );
}

function endsAfter(tokens: readonly Token[], at: number, segment: number): boolean {
  return !inSegment(tokens, at, segment) || startsUnit(tokens, at) || HAS_DIGIT.test(text(tokens, at) ?? '');
}

// Reused for every name word: compoundOrdinal only reads it, and a fresh pair was an array per word.
const ORDINAL_PAIR: string[] = ['', ''];

/**
 * Parses a delivery line starting at `at`. `closed` says nothing but units can follow the street
 * in its segment (a separate line1, or a one-line string with a comma after the street), which
 * lets the last suffix in the segment win over an earlier one.
 */
export function readStreetLine(
  tokens: readonly Token[],
  at: number,
  closed: boolean,
): { line: StreetLine; end: number } | undefined {
  const line: StreetLine = {
    kind: 'street',
    houseNumber: '',
    preDirectional: '',
    streetName: '',
    suffix: '',
    postDirectional: '',
    units: [],
    poBox: '',
    ruralRoute: '',
  };
  const route = readRuralRoute(tokens, at);
  if (route)
    return {
      line: { ...line, kind: 'rural-route', ruralRoute: route.route, poBox: route.box },
      end: route.end,
    };
  const box = readPoBox(tokens, at);
  if (box) return { line: { ...line, kind: 'po-box', poBox: box.box }, end: box.end };

  const first = text(tokens, at) ?? '';
  if (!HOUSE_NUMBER.test(first) && !HOUSE_WITH_FRACTION.test(first)) return undefined;
  const segment = tokens[at]?.segment ?? 0;
  const withFraction = HOUSE_WITH_FRACTION.exec(first);
  line.houseNumber = withFraction ? `${withFraction[1]} ${withFraction[2]}` : first;
  let i = at + 1;
  if (!withFraction && inSegment(tokens, i, segment) && FRACTION.test(text(tokens, i) ?? '')) {
    line.houseNumber += ` ${text(tokens, i)}`;
    i++;
  }

  const pre = readDirectional(tokens, i, segment);
  if (pre && inSegment(tokens, i + pre.used, segment) && !startsUnit(tokens, i + pre.used)) {
    line.preDirectional = pre.value;
    i += pre.used;
  }
  const numbered = readNumberedRoad(tokens, i);
  // The name is built as it is read, not pushed to an array and joined: one string per word.
  let name = '';
  let nameWords = 0;
  if (numbered) {
    name = numbered.name;
    nameWords = 1;
    i = numbered.end;
  }
  while (!numbered && inSegment(tokens, i, segment)) {
    const word = text(tokens, i) as string;
    if (startsUnit(tokens, i)) break;
    if (nameWords > 0 && endsNameAsUnit(word, text(tokens, i - 1) ?? '')) break;
    if (nameWords > 0) {
      if (STREET_SUFFIX.has(word) && suffixEndsName(tokens, i, segment, closed)) {
        line.suffix = STREET_SUFFIX.get(word) as string;
        i++;
        break;
      }
      const dir = readDirectional(tokens, i, segment);
      if (dir && endsAfter(tokens, i + dir.used, segment)) break;
    }
    ORDINAL_PAIR[0] = word;
    ORDINAL_PAIR[1] = inSegment(tokens, i + 1, segment) ? (text(tokens, i + 1) ?? '') : '';
    const ord = compoundOrdinal(ORDINAL_PAIR, 0);
    name = joinWords(name, ord ? ordinal(ord.value) : canonicalNameWord(word));
    nameWords++;
    i += ord?.used ?? 1;
  }
  // "123 North St": the directional is the name and the lone word after it the suffix.
  if (line.preDirectional && !line.suffix && nameWords === 1 && STREET_SUFFIX.has(name)) {
    line.suffix = name;
    name = line.preDirectional;
    line.preDirectional = '';
  } else if (nameWords === 0 && line.preDirectional) {
    name = line.preDirectional;
    line.preDirectional = '';
  }
  line.streetName = name;

  const post = readDirectional(tokens, i, segment);
  if (post && (!post.spelledOut || endsAfter(tokens, i + post.used, segment))) {
    line.postDirectional = post.value;
    i += post.used;
  }
  return { line, end: readUnits(tokens, i, line.units) };
}
