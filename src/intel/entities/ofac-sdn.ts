import { parse } from 'csv-parse/sync';
import type { KnownEntity, KnownEntityList, ListReject } from './types.js';

/** What the reader keeps and how it reports the rest. */
export interface OfacSdnOptions {
  /** The contents of `alt.csv`: aliases, joined on the entity number. */
  alt?: string;
  /**
   * Which sanctions programmes to keep: a predicate on the programme tag, or `'all'`. By default the DPRK
   * programmes (`DPRK`, `DPRK2`, `DPRK3`, `DPRK4`, `DPRK-NKSPEA`, ...), the ones DPRK IT-worker
   * designations fall under.
   */
  programs?: 'all' | ((program: string) => boolean);
  /** The list's publication date (YYYY-MM-DD): OFAC prints it on the download page, not in the file. */
  asOf?: string;
}

/** The reader's answer: the list, the lines it could not read, and how many entries it left out and why. */
export interface OfacSdnResult {
  list: KnownEntityList;
  rejects: ListReject[];
  /** Entries read but outside the chosen programmes, and vessels or aircraft (never a payee or employer). */
  skipped: { outsidePrograms: number; vesselsAndAircraft: number };
}

// The legacy CSV layout (OFAC's data specification): no header, "-0-" for an empty field.
const SDN_COLUMNS = 12;
const NAME = 1;
const TYPE = 2;
const PROGRAM = 3;
const REMARKS = 11;
const ALT_COLUMNS = 5;
const ALT_NAME = 3;
const EMPTY = '-0-';

const isDprkProgram = (program: string) => program.startsWith('DPRK');

/** Programme tags of one entry: OFAC writes several as `SDGT] [IRGC`. */
const programsOf = (field: string) =>
  field
    .split(/\]\s*\[/)
    .map((tag) => tag.replace(/[[\]]/g, '').trim())
    .filter((tag) => tag !== '' && tag !== EMPTY);

const WEBSITE_RE = /\bWebsite\s+(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})/gi;
const EMAIL_RE = /\bEmail Address\s+[^\s@;]+@([a-z0-9.-]+\.[a-z]{2,})/gi;

/** Web and e-mail domains OFAC names in an entry's remarks (`Website www.example.com; Email Address a@b.com`). */
function domainsIn(remarks: string): string[] {
  const out = new Set<string>();
  for (const re of [WEBSITE_RE, EMAIL_RE])
    for (const match of remarks.matchAll(re)) out.add((match[1] as string).toLowerCase().replace(/\.$/, ''));
  return [...out];
}

function rows(
  text: string,
  columns: number,
  rejects: ListReject[],
): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  const records = parse(text, {
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      rejects.push({
        line: Number(error?.lines ?? 0),
        reason: String(error?.message ?? 'unreadable CSV record'),
      });
    },
  }) as unknown as Array<{ info: { lines: number }; record: string[] }>;
  for (const { info, record } of records) {
    if (record.length < columns)
      rejects.push({ line: info.lines, reason: `expected ${columns} fields, found ${record.length}` });
    else out.push({ line: info.lines, cells: record.map((cell) => cell.trim()) });
  }
  return out;
}

/**
 * Reads OFAC's SDN list in its published CSV layout (`sdn.csv`, and `alt.csv` for aliases) into a
 * known-entity list, keeping the DPRK programmes by default. Lines it cannot read are returned with
 * their line number; entries outside the programmes, and vessels and aircraft, are counted.
 *
 * @example
 * const { list, rejects } = readOfacSdnCsv(readFileSync('sdn.csv', 'latin1'), {
 *   alt: readFileSync('alt.csv', 'latin1'),
 *   asOf: '2026-11-28',
 * });
 */
export function readOfacSdnCsv(sdn: string, options: OfacSdnOptions = {}): OfacSdnResult {
  const rejects: ListReject[] = [];
  const keep = options.programs === 'all' ? () => true : (options.programs ?? isDprkProgram);
  const skipped = { outsidePrograms: 0, vesselsAndAircraft: 0 };
  const byNumber = new Map<string, KnownEntity & { aliases: string[] }>();
  for (const { line, cells } of rows(sdn, SDN_COLUMNS, rejects)) {
    const [number, name, type, program, remarks] = [
      cells[0] as string,
      cells[NAME] as string,
      cells[TYPE] as string,
      cells[PROGRAM] as string,
      cells[REMARKS] as string,
    ];
    if (!/^\d+$/.test(number) || name === '' || name === EMPTY) {
      rejects.push({ line, reason: 'an entry needs a numeric entity number and a name' });
      continue;
    }
    const programs = programsOf(program);
    if (!programs.some(keep)) {
      skipped.outsidePrograms++;
      continue;
    }
    if (type === 'vessel' || type === 'aircraft') {
      skipped.vesselsAndAircraft++;
      continue;
    }
    byNumber.set(number, {
      id: `ofac-${number}`,
      kind: type === 'individual' ? 'individual' : 'organization',
      name,
      aliases: [],
      domains: remarks === EMPTY ? [] : domainsIn(remarks),
      programs,
      sources: [],
    });
  }
  if (options.alt !== undefined)
    for (const { cells } of rows(options.alt, ALT_COLUMNS, rejects)) {
      const alias = cells[ALT_NAME] as string;
      const entity = byNumber.get(cells[0] as string);
      if (entity && alias !== EMPTY && alias !== '') entity.aliases.push(alias);
    }
  return {
    list: {
      name: 'OFAC SDN',
      kind: 'sanctions',
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      entities: [...byNumber.values()],
    },
    rejects,
    skipped,
  };
}
