import { formatPath } from '../errors.js';
import { suggest } from '../engine/suggest.js';
import { profileKeyTree, type KeyNode } from './profile-fields.js';

/** A key the profile schema does not know, which validation would drop: a typo, most of the time. */
export interface UnknownKey {
  /** Where it was, e.g. `addresses[0].lin1`. */
  path: string;
  /** The known field nearest to it at the same place, e.g. `addresses[0].line1`, when one is close. */
  nearest: string | undefined;
}

/** How a profile's unknown keys are treated: a note in the screening, or a validation error. */
export type UnknownKeysMode = 'note' | 'error';

/** Past this many, a record is junk rather than mistyped; the rest are not listed. */
const MAX_REPORTED = 20;
/** A key longer than this is cut in messages: it is input, and messages stay short. */
const MAX_KEY_SHOWN = 64;

function shown(key: string): string {
  return key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}\u2026` : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Walks the record beside the key tree with one shared stack of steps, so that a record without unknown
// keys costs two empty arrays: every screening pays for this walk.
function walk(value: unknown, node: KeyNode, steps: PropertyKey[], found: UnknownKey[]): void {
  if (node.keys !== undefined) {
    if (!isRecord(value)) return;
    for (const key in value) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
      const child = node.keys.get(key);
      if (child === undefined) {
        if (found.length >= MAX_REPORTED) return;
        const nearest = suggest(key, node.keys.keys());
        steps.push(shown(key));
        const path = formatPath(steps);
        steps.pop();
        found.push({ path, nearest: nearest === undefined ? undefined : formatPath([...steps, nearest]) });
      } else if (child.keys !== undefined || child.item !== undefined) {
        steps.push(key);
        walk(value[key], child, steps, found);
        steps.pop();
      }
    }
  } else if (node.item !== undefined && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      steps.push(i);
      walk(value[i], node.item, steps, found);
      steps.pop();
    }
  }
}

const NONE: readonly UnknownKey[] = Object.freeze([]);

/**
 * The keys of a profile record that the schema does not know, at any depth, each with the nearest known
 * field at that place. Validation drops them; this says so instead of letting a typo pass as absent data.
 *
 * @example
 * findUnknownKeys({ id: 'p1', adresses: [], addresses: [{ lin1: '1 Main St' }] })
 * // [{ path: 'adresses', nearest: 'addresses' }, { path: 'addresses[0].lin1', nearest: 'addresses[0].line1' }]
 */
export function findUnknownKeys(input: unknown): readonly UnknownKey[] {
  if (!isRecord(input)) return NONE;
  const found: UnknownKey[] = [];
  walk(input, profileKeyTree(), [], found);
  return found.length === 0 ? NONE : found;
}

/**
 * An unknown key in words, for a screening's notes.
 *
 * @example
 * unknownKeyNote({ path: 'adresses', nearest: 'addresses' })
 * // 'unknown field "adresses" was ignored; did you mean "addresses"?'
 */
export function unknownKeyNote(unknown: UnknownKey): string {
  const hint = unknown.nearest === undefined ? '' : `; did you mean "${unknown.nearest}"?`;
  return `unknown field "${unknown.path}" was ignored${hint}`;
}

/**
 * Whether a screening's note is one of {@link unknownKeyNote}'s, for a caller that tallies them.
 *
 * @example
 * screening.notes?.some(isUnknownKeyNote)
 */
export function isUnknownKeyNote(note: string): boolean {
  return note.startsWith('unknown field "');
}

/** An unknown key as a validation issue's message (the issue carries the path). */
export function unknownKeyMessage(unknown: UnknownKey): string {
  return unknown.nearest === undefined
    ? 'unknown field'
    : `unknown field; did you mean "${unknown.nearest}"?`;
}
