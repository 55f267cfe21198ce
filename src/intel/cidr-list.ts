import { IntelError, formatIssues, type IntelIssue } from './errors.js';
import { CONNECTION_TYPES, type ConnectionType, type IpFactFields } from './types.js';
import { splitCsvLine } from './_lib/csv-line.js';
import { parseCidrBlock } from './_lib/ip.js';

/** One block of a list and the facts it asserts for every address inside it. */
export interface CidrRange {
  cidr: string;
  facts: IpFactFields;
  /** 1-based line in the text it came from, when parsed from text. */
  line?: number;
}

/** A parsed list: the good ranges, and every rejected line with its reason. */
export interface CidrList {
  ranges: CidrRange[];
  errors: IntelIssue[];
  /** From a `# asOf: YYYY-MM-DD` comment, when the file has one. */
  asOf?: string;
  source?: string;
}

export interface ParseCidrListOptions {
  /** Names the input in error messages (a file path, a vendor). */
  source?: string;
  /** Throw an {@link IntelError} listing every problem instead of returning them. */
  strict?: boolean;
}

/** The columns, in the order used when a file has no header line. */
export const CIDR_LIST_COLUMNS = [
  'cidr',
  'connectionType',
  'provider',
  'asn',
  'org',
  'country',
  'region',
  'city',
  'lat',
  'lon',
] as const;
type Column = (typeof CIDR_LIST_COLUMNS)[number];

const MAX_TEXT = 200;
const MAX_ASN = 4294967295;
const AS_OF_DIRECTIVE = /^#\s*as-?of\s*:\s*(\S+)\s*$/i;

/**
 * Parses a CIDR list. The format, one range per line:
 *
 * ```
 * # comments start with '#'; blank lines are ignored; '# asOf: 2025-06-01' dates the list
 * cidr,connectionType,provider,asn,org,country,region,city,lat,lon
 * 198.51.100.0/24,vpn,Astrill,64500,"Example, Inc.",US
 * 2001:db8::/32,hosting,,64501,Example Hosting
 * ```
 *
 * The header line is optional (without it the columns are in the order above) and may list a
 * subset in any order, but needs `cidr`. Trailing columns may be left out; empty fields are absent.
 * `connectionType` is one of residential, mobile, business, hosting, vpn, proxy, tor, unknown;
 * `asn` may be written `AS64500`; `country` is ISO 3166-1 alpha-2. Fields with commas are quoted.
 * A bad line is rejected whole and reported with its line number; the other lines still load.
 *
 * @example
 * const list = parseCidrList('198.51.100.0/24,vpn,Astrill\nnot-a-cidr,vpn', { source: 'vpn.csv' });
 * list.ranges.length; // 1
 * list.errors[0]; // { source: 'vpn.csv', line: 2, path: 'cidr', message: '"not-a-cidr" is not a CIDR block...' }
 */
export function parseCidrList(text: string, options: ParseCidrListOptions = {}): CidrList {
  const { source } = options;
  const list: CidrList = { ranges: [], errors: [], ...(source !== undefined ? { source } : {}) };
  const report = (line: number, message: string, path?: string): void => {
    list.errors.push({
      ...(source !== undefined ? { source } : {}),
      line,
      ...(path ? { path } : {}),
      message,
    });
  };
  let columns: readonly (Column | undefined)[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('#')) {
      const asOf = AS_OF_DIRECTIVE.exec(line)?.[1];
      if (asOf !== undefined) list.asOf = asOf;
      return;
    }
    const split = splitCsvLine(line);
    if ('error' in split) return report(lineNumber, split.error);
    if (columns === undefined && split.fields.some((field) => field.toLowerCase() === 'cidr')) {
      columns = readHeader(split.fields, (message) => report(lineNumber, message));
      return;
    }
    columns ??= CIDR_LIST_COLUMNS;
    const range = readRange(split.fields, columns, (message, path) => report(lineNumber, message, path));
    if (range !== undefined) list.ranges.push({ ...range, line: lineNumber });
  });
  if (options.strict && list.errors.length > 0) {
    throw new IntelError(
      'INVALID_CIDR_LIST',
      `${list.errors.length} invalid line(s) in ${source ?? 'CIDR list'}:\n${formatIssues(list.errors)}`,
      list.errors,
    );
  }
  return list;
}

function readHeader(fields: readonly string[], report: (message: string) => void): (Column | undefined)[] {
  const seen = new Set<Column>();
  return fields.map((name) => {
    const column = CIDR_LIST_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase());
    if (column === undefined) {
      report(`unknown column "${name}" is ignored; known columns: ${CIDR_LIST_COLUMNS.join(', ')}`);
    } else if (seen.has(column)) {
      report(`column "${column}" appears twice; the later one is ignored`);
      return undefined;
    } else {
      seen.add(column);
    }
    return column;
  });
}

type Report = (message: string, path?: string) => void;

function readRange(
  fields: readonly string[],
  columns: readonly (Column | undefined)[],
  report: Report,
): Omit<CidrRange, 'line'> | undefined {
  if (fields.length > columns.length) {
    report(`expected at most ${columns.length} fields, found ${fields.length}`);
    return undefined;
  }
  const facts: IpFactFields = {};
  let cidr: string | undefined;
  let ok = true;
  const fail: Report = (message, path) => {
    ok = false;
    report(message, path);
  };
  fields.forEach((value, i) => {
    const column = columns[i];
    if (column === undefined || value === '') return;
    if (column === 'cidr') cidr = readCidr(value, fail);
    else readFact(facts, column, value, fail);
  });
  if (cidr === undefined && ok) fail('the cidr field is empty', 'cidr');
  return ok && cidr !== undefined ? { cidr, facts } : undefined;
}

function readCidr(value: string, fail: Report): string | undefined {
  try {
    parseCidrBlock(value);
    return value;
  } catch (error) {
    fail(`"${value}" is not a CIDR block: ${error instanceof Error ? error.message : String(error)}`, 'cidr');
    return undefined;
  }
}

function readFact(facts: IpFactFields, column: Exclude<Column, 'cidr'>, value: string, fail: Report): void {
  switch (column) {
    case 'connectionType': {
      const type = value.toLowerCase() as ConnectionType;
      if (CONNECTION_TYPES.includes(type)) facts.connectionType = type;
      else
        fail(`"${value}" is not a connection type; expected one of ${CONNECTION_TYPES.join(', ')}`, column);
      return;
    }
    case 'asn': {
      const digits = /^(?:AS)?(\d{1,10})$/i.exec(value)?.[1];
      const asn = digits === undefined ? NaN : Number(digits);
      if (Number.isInteger(asn) && asn <= MAX_ASN) facts.asn = asn;
      else fail(`"${value}" is not an AS number`, column);
      return;
    }
    case 'country':
      if (/^[A-Za-z]{2}$/.test(value)) facts.country = value.toUpperCase();
      else fail(`"${value}" is not a two-letter country code`, column);
      return;
    case 'lat':
    case 'lon': {
      const limit = column === 'lat' ? 90 : 180;
      const number = Number(value);
      if (Number.isFinite(number) && Math.abs(number) <= limit) facts[column] = number;
      else fail(`"${value}" is not a ${column === 'lat' ? 'latitude' : 'longitude'}`, column);
      return;
    }
    default:
      if (value.length <= MAX_TEXT) facts[column] = value;
      else fail(`longer than ${MAX_TEXT} characters`, column);
  }
}
