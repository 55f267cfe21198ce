import { joinWords, tokenize, type Token } from './address-tokens.js';
import { readStreetLine, readUnits, startsDeliveryLine, type StreetLine, type Unit } from './street-line.js';
import { canonicalNameWord } from './street-words.js';
import { GENERIC_UNIT } from './secondary-units.js';
import { UNKNOWN_UNIT, cityStart, onlyUnits, readUnitText, takePostDirectional } from './unit-text.js';
import { STATE_MAX_WORDS, US_STATE } from './us-states.js';

/** A parsed US address; `line` is undefined when no delivery line could be read. */
export interface UsAddress {
  line: StreetLine | undefined;
  city: string;
  state: string;
  zip5: string;
  /** The words of the delivery line, for the unparsed fallback key. */
  rest: string;
}

const ZIP = /^(\d{5})(-?\d{4})?$/;
const PLUS_FOUR = /^\d{4}$/;
const COUNTRY_WORDS: readonly (readonly string[])[] = [
  'UNITED STATES OF AMERICA',
  'UNITED STATES',
  'USA',
  'US',
  'U S A',
  'U S',
].map((country) => country.split(' '));
// Words before a ZIP-like number that make it a box or unit number, not the ZIP.
const NUMBERS_NEXT_WORD = /^(#|BOX|BX|APT|UNIT|STE|SUITE|RM|ROOM|BLDG)$/;
const HAS_DIGIT = /\d/;

function words(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += i === from ? tokens[i]?.text : ` ${tokens[i]?.text}`;
  return out;
}

/** The longest state name ending just before `end`; how many tokens it used. */
function stateBefore(
  tokens: readonly Token[],
  end: number,
  from: number,
): { code: string; used: number } | undefined {
  for (let used = Math.min(STATE_MAX_WORDS, end - from); used >= 1; used--) {
    const code = US_STATE.get(words(tokens, end - used, end));
    if (code) return { code, used };
  }
  return undefined;
}

function cityOf(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const word = canonicalNameWord(tokens[i]?.text ?? '');
    out = i === 0 ? word : `${out} ${word}`;
  }
  return out;
}

/** Whether `tokens[at, at + words.length)` spell `words`. */
function spells(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.text !== words[k]) return false;
  return true;
}

/** Spreadsheets drop the leading zero of New England and Puerto Rico ZIPs ("2139" for 02139). */
export function zip5Of(postal: string): string {
  const digits = postal.replace(/\D/g, '');
  if (digits.length !== postal.replace(/[\s-]/g, '').length) return '';
  if (digits.length === 3 || digits.length === 4) return digits.padStart(5, '0');
  if (digits.length === 8) return digits.padStart(9, '0').slice(0, 5);
  return digits.length === 5 || digits.length === 9 ? digits.slice(0, 5) : '';
}

function streetStart(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if ((i === 0 || tokens[i - 1]?.segment !== tokens[i]?.segment) && startsDeliveryLine(tokens, i)) return i;
  }
  return 0;
}

/** Reads the delivery line of `tokens[0, end)`; what follows it (units aside) is returned as the city. */
function readLine(tokens: readonly Token[], end: number, closedLine: boolean) {
  const body = end === tokens.length ? tokens : tokens.slice(0, end);
  const start = streetStart(body);
  const lastSegment = body[body.length - 1]?.segment;
  const closed = closedLine || (body[start] !== undefined && body[start].segment !== lastSegment);
  const read = readStreetLine(body, start, closed);
  if (read) {
    // Units typed before the street ("Suite 200, 7000 Peachtree Rd") are units all the same.
    const before = start > 0 ? onlyUnits(body.slice(0, start)) : undefined;
    if (before) read.line.units.unshift(...before);
    return { line: read.line, rest: '', leftover: body.slice(read.end) };
  }
  // Unparsed: a last comma-separated part still reads as the city ("Main Street, Springfield").
  let cityAt = closedLine ? body.length : 0;
  while (cityAt < body.length && body[cityAt]?.segment !== lastSegment) cityAt++;
  const from = cityAt > start ? cityAt : body.length;
  return { line: undefined, rest: words(body, start, from), leftover: body.slice(from) };
}

/** Parses a one-line address ("123 N Main St Apt 4B, Springfield, IL 62701-1234"). */
export function parseUsString(input: string): UsAddress {
  const tokens = tokenize(input);
  let end = tokens.length;
  for (const country of COUNTRY_WORDS) {
    if (end > country.length && spells(tokens, end - country.length, country)) {
      end -= country.length;
      break;
    }
  }
  let zipAt = -1;
  for (let i = end - 1; i > 0; i--) {
    const before = tokens[i - 1]?.segment === tokens[i]?.segment ? (tokens[i - 1]?.text ?? '') : '';
    if (ZIP.test(tokens[i]?.text ?? '') && !NUMBERS_NEXT_WORD.test(before)) {
      zipAt = i;
      break;
    }
  }
  const tailUnits: Unit[] = [];
  let zip5 = '';
  let state = '';
  if (zipAt > 0) {
    zip5 = zip5Of(tokens[zipAt]?.text ?? '');
    let tail = zipAt + 1;
    if ((tokens[zipAt]?.text.length ?? 0) === 5 && PLUS_FOUR.test(tokens[tail]?.text ?? '')) tail++;
    if (tail < end) readUnits(tokens.slice(tail, end), 0, tailUnits);
    end = zipAt;
    const found = stateBefore(tokens, end, 1);
    if (found) {
      state = found.code;
      end -= found.used;
    }
  } else {
    const found = stateBefore(tokens, end, 1);
    if (found && tokens[end - found.used]?.segment !== tokens[0]?.segment) {
      state = found.code;
      end -= found.used;
    }
  }
  const { line, rest, leftover } = readLine(tokens, end, false);
  let cityFrom = 0;
  let unparsedRest = rest;
  if (line) {
    const unitsFrom = takePostDirectional(leftover, line);
    cityFrom = cityStart(leftover, unitsFrom);
    readUnitText(leftover, unitsFrom, cityFrom, line.units);
  } else {
    // Unparsed, the key is the words: units before the city join them, spelled one way.
    cityFrom = cityStart(leftover, 0);
    const units: Unit[] = [];
    readUnitText(leftover, 0, cityFrom, units);
    for (const u of units) {
      const type = u.type === UNKNOWN_UNIT ? '' : GENERIC_UNIT.has(u.type) ? '#' : u.type;
      unparsedRest = joinWords(joinWords(unparsedRest, type), u.id);
    }
  }
  const cityTokens = leftover.slice(cityFrom);
  if (!state && cityTokens.length > 1) {
    const found = stateBefore(cityTokens, cityTokens.length, 1);
    if (found) {
      state = found.code;
      cityTokens.length -= found.used;
    }
  }
  if (tailUnits.length > 0) line?.units.push(...tailUnits);
  return { line, city: cityOf(cityTokens), state, zip5, rest: unparsedRest };
}

/**
 * How many words at the end of a line repeat the city, state or ZIP fields ("123 Main St Springfield
 * IL" with the city field "Springfield"): those are not unit text.
 */
function repeatedTail(
  tokens: readonly Token[],
  fields: { city: string; region: string; postalCode: string },
): number {
  // The fields' words are read only once a word is neither a state nor a ZIP: most lines end at the street.
  let known: readonly Token[] | undefined;
  let k = tokens.length;
  while (k > 0) {
    const word = tokens[k - 1]?.text ?? '';
    if (!US_STATE.has(word) && !ZIP.test(word)) {
      known ??= tokenize(`${fields.city} ${fields.region} ${fields.postalCode}`);
      if (!known.some((t) => t.text === word)) break;
    }
    k--;
  }
  return tokens.length - k;
}

/** Whether a delivery line starts at some token. */
function hasDeliveryLine(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (startsDeliveryLine(tokens, i)) return true;
  return false;
}

/** Parses an address given as fields; a lone line1 with no city, region or ZIP is read as one line. */
export function parseUsFields(fields: {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}): UsAddress {
  if (!fields.city.trim() && !fields.region.trim() && !fields.postalCode.trim()) {
    const line1 = fields.line1.trim() ? fields.line1 : '';
    const line2 = fields.line2.trim() ? fields.line2 : '';
    return parseUsString(line1 && line2 ? `${line1}, ${line2}` : line1 || line2);
  }
  let first = tokenize(fields.line1);
  let second = tokenize(fields.line2, 1000);
  // A company or care-of name, or the unit, in line1 pushes the street to line2 (asked about line2 first:
  // it is usually empty, and then line1 need not be read twice).
  const swapped = hasDeliveryLine(second) && (onlyUnits(first) !== undefined || !hasDeliveryLine(first));
  if (swapped) [first, second] = [second, first];
  const { line, rest, leftover } = readLine(first, first.length, true);
  if (line) {
    const unitsFrom = takePostDirectional(leftover, line);
    readUnitText(leftover, unitsFrom, leftover.length - repeatedTail(leftover, fields), line.units);
    // After a swap the other line came before the street: units only if it is nothing else.
    if (!swapped) {
      if (second.length > 0) readUnitText(second, 0, second.length, line.units);
    } else line.units.unshift(...(onlyUnits(second) ?? []));
  }
  const region = tokenize(fields.region);
  let regionZip = '';
  let stateWords = '';
  for (const t of region) {
    if (!regionZip && ZIP.test(t.text)) regionZip = t.text;
    if (!HAS_DIGIT.test(t.text)) stateWords = joinWords(stateWords, t.text);
  }
  return {
    line,
    city: cityOf(tokenize(fields.city)),
    state: US_STATE.get(stateWords) ?? '',
    zip5: zip5Of(fields.postalCode.trim() || regionZip),
    rest: joinWords(rest, words(second, 0, second.length)),
  };
}
