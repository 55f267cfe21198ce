import { readFile } from 'node:fs/promises';
import { excerpt } from '../_lib/excerpt.js';
import { UsageError } from '../usage-error.js';
import {
  leafKindAt,
  parsePath,
  setPath,
  suggestPath,
  type LeafKind,
  type PathStep,
} from './profile-paths.js';

/** How CSV columns become profile fields: `columns` maps a header to a path (null ignores it). */
export interface ColumnMapping {
  columns: Record<string, string | null>;
  /** Values set on every record, e.g. `{ "addresses[0].purpose": "home" }`. */
  constants?: Record<string, unknown>;
}

/** One CSV column, compiled: where its cells go and what type the schema expects there. */
export interface CompiledColumn {
  header: string;
  steps: PathStep[] | undefined;
  path: string;
  kind: LeafKind;
}

export interface CompiledHeader {
  columns: CompiledColumn[];
  constants: Array<{ steps: PathStep[]; value: unknown }>;
  /** Headers present in the file but not mapped (only with a mapping file). */
  ignored: string[];
}

// The integer part cannot be split two ways (`\d+\.?\d*` could, and backtracked quadratically: 21.8 s
// on a 150 KB cell), and the pattern only ever sees short cells.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The longest cell read as a number. The schema's numbers are coordinates, amounts and counts; 17
 * significant digits is all a double holds, and a longer cell stays text, which validation rejects.
 */
export const MAX_NUMBER_CELL = 40;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

function compilePath(path: string, where: string): { steps: PathStep[]; kind: LeafKind } {
  const steps = parsePath(path);
  const kind = steps && leafKindAt(steps);
  if (!steps || kind === undefined) {
    const hint = suggestPath(path);
    throw new UsageError(
      hint === undefined
        ? `${where}: ${excerpt(path)} is not a profile field path (like id, name.full, addresses[0].line1); every path is in docs/profile.md`
        : `${where}: ${excerpt(path)} is not a profile field path; did you mean "${hint}"? (every path is in docs/profile.md)`,
    );
  }
  return { steps, kind };
}

/**
 * Reads and checks a `--columns` mapping file. Every mapped path must exist in the profile schema.
 *
 * @example
 * const mapping = await loadColumnMapping('examples/data/columns.example.json');
 */
export async function loadColumnMapping(file: string): Promise<ColumnMapping> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it is not valid JSON';
    throw new UsageError(`cannot read --columns "${file}": ${why}`);
  }
  const shape = raw as Partial<ColumnMapping> | null;
  if (shape === null || typeof shape !== 'object' || typeof shape.columns !== 'object' || !shape.columns) {
    throw new UsageError(`--columns "${file}": expected { "columns": { "<header>": "<profile path>" } }`);
  }
  for (const [header, path] of Object.entries(shape.columns)) {
    if (path !== null && typeof path !== 'string')
      throw new UsageError(`--columns "${file}": columns.${header} must be a profile path or null`);
    if (path !== null) compilePath(path, `--columns "${file}": columns.${header}`);
  }
  if (shape.constants !== undefined && (typeof shape.constants !== 'object' || shape.constants === null))
    throw new UsageError(`--columns "${file}": constants must map profile paths to values`);
  for (const path of Object.keys(shape.constants ?? {})) compilePath(path, `--columns "${file}": constants`);
  return shape as ColumnMapping;
}

/**
 * Compiles a CSV header row: each header is a profile path, or is looked up in the mapping. Unknown
 * headers without a mapping, duplicate targets and clashing paths (`name` and `name.full`) are usage
 * errors, found before any record is read.
 *
 * @example
 * compileHeader(['id', 'name.full', 'addresses[0].line1'], undefined).columns.length // 3
 */
export function compileHeader(header: readonly string[], mapping: ColumnMapping | undefined): CompiledHeader {
  const columns: CompiledColumn[] = [];
  const ignored: string[] = [];
  const targets = new Map<string, string>();
  header.forEach((rawName, i) => {
    const name = i === 0 ? rawName.replace(/^\uFEFF/, '').trim() : rawName.trim();
    const mapped = mapping ? mapping.columns[name] : name;
    if (mapped === undefined || mapped === null) {
      if (mapping && mapped === undefined) ignored.push(name);
      columns.push({ header: name, steps: undefined, path: '', kind: 'other' });
      return;
    }
    if (!mapping && name === '') throw new UsageError(`CSV column ${i + 1} has no header`);
    // A headerless file's first row lands here: its cells are data (an SSN, a name), so only excerpts.
    const { steps, kind } = compilePath(mapped, `CSV column ${excerpt(name)}`);
    const canonical = steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
    const previous = targets.get(canonical);
    if (previous !== undefined)
      throw new UsageError(
        `CSV columns ${excerpt(previous)} and ${excerpt(name)} both fill ${excerpt(mapped)}`,
      );
    targets.set(canonical, name);
    columns.push({ header: name, steps, path: mapped, kind });
  });
  const constants = Object.entries(mapping?.constants ?? {}).map(([path, value]) => ({
    steps: compilePath(path, 'constants').steps,
    value,
  }));
  // Two targets where one is a prefix of the other can never both be set.
  const sorted = [...targets.keys()].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1] as string;
    const b = sorted[i] as string;
    if (b.startsWith(`${a}.`) || b.startsWith(`${a}[`))
      throw new UsageError(
        `CSV columns ${excerpt(targets.get(a) ?? '')} and ${excerpt(targets.get(b) ?? '')} overlap`,
      );
  }
  return { columns, constants, ignored };
}

function cellValue(cell: string, kind: LeafKind): unknown {
  if (kind === 'number') return cell.length <= MAX_NUMBER_CELL && NUMBER.test(cell) ? Number(cell) : cell;
  if (kind === 'boolean') {
    const word = cell.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
  }
  if (kind === 'other' && (cell.startsWith('[') || cell.startsWith('{'))) {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  }
  return cell;
}

/**
 * Builds a nested record from one CSV row. Empty cells are absent. A cell that is not a number where
 * the schema wants one is kept as text, so validation rejects the record naming that field.
 *
 * @example
 * rowToRecord(compileHeader(['id', 'claimed.lat'], undefined), ['e1', '41.5'])
 * // { id: 'e1', claimed: { lat: 41.5 } }
 */
export function rowToRecord(compiled: CompiledHeader, row: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  compiled.columns.forEach((column, i) => {
    const cell = row[i];
    if (column.steps === undefined || cell === undefined) return;
    const text = cell.trim();
    if (text === '') return;
    setPath(record, column.steps, cellValue(text, column.kind));
  });
  // A constant completes an object some cell started (a purpose for an address that has a street);
  // it never creates one on its own.
  for (const { steps, value } of compiled.constants) {
    if (steps.length === 1 || getPath(record, steps.slice(0, -1)) !== undefined)
      setPath(record, steps, structuredClone(value));
  }
  return compact(record) as Record<string, unknown>;
}

function getPath(record: Record<string, unknown>, steps: readonly PathStep[]): unknown {
  let node: unknown = record;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** Closes gaps left by empty numbered columns (`phones[1]` filled, `phones[0]` empty). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = compact(item);
  }
  return value;
}
