import type { z } from 'zod';
import { formatPath, ValidationError, type Issue } from '../errors.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { compiledProfileSchema } from './_lib/compiled-profile.js';
import type { profileSchema, Profile } from './profile.js';
import { findUnknownKeys, unknownKeyMessage, type UnknownKey, type UnknownKeysMode } from './unknown-keys.js';

export type SafeParseResult =
  | {
      success: true;
      data: Profile;
      /** Keys the schema does not know, dropped from `data` (with `unknownKeys: 'note'`, the default). */
      unknownKeys: readonly UnknownKey[];
    }
  | { success: false; error: ValidationError };

/** Where a record came from in a batch, for error messages. */
export interface RecordPosition {
  /** Zero-based position of the record in its input. */
  position?: number;
}

/** How to validate a profile. */
export interface ParseOptions extends RecordPosition {
  /**
   * What a key the schema does not know (`adresses`, `addresses[0].lin1`) makes: `note` (the default)
   * drops it and lists it in `unknownKeys`, which a screening turns into a note; `error` rejects the
   * profile with the key's path.
   */
  unknownKeys?: UnknownKeysMode;
}

/**
 * Profiles this module produced, with the unknown keys their input had. Screening one of them again (a
 * roster validated up front, then screened) skips a second validation and keeps the object's identity,
 * which caches key off; the screening still notes what was dropped.
 */
const validated = new WeakMap<object, readonly UnknownKey[]>();

function unknownKeyIssues(unknownKeys: readonly UnknownKey[]): Issue[] {
  return unknownKeys.map((unknown) => ({
    path: unknown.path,
    code: 'unrecognized_keys',
    message: unknownKeyMessage(unknown),
  }));
}

function toIssues(error: z.ZodError): Issue[] {
  // zod leaves raw input out of its issues by default; we keep only path, code and message, so a
  // rejected SSN or account number is never echoed.
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
}

function usableId(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  let id: unknown;
  try {
    id = (input as { id?: unknown }).id;
  } catch {
    return undefined;
  }
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}

/**
 * Validates a profile without throwing. A profile this function (or `parseProfile`) returned is deeply
 * frozen, and is accepted as it is, without validating it again.
 *
 * @example
 * const result = safeParseProfile({ id: 'cand-1', dateOfBirth: '1990-13-01' });
 * if (!result.success) console.log(result.error.issues); // [{ path: 'dateOfBirth', ... }]
 */
export function safeParseProfile(input: unknown, options: ParseOptions = {}): SafeParseResult {
  return validateProfile(input, options, true);
}

/**
 * {@link safeParseProfile}, with a choice of whether to remember the result. The screener does not for a
 * profile it parsed itself, which nobody else can hold: a WeakSet entry per screening costs every
 * young-generation GC ephemeron work. `indexOnly` is for a roster's index pass over a file it reads
 * again to screen: the profile is read by the index and dropped, so it is neither frozen nor searched
 * for unknown fields (unless they are errors), work the screening pass does. Not part of the public API.
 */
export function validateProfile(
  input: unknown,
  options: ParseOptions,
  remember: boolean,
  indexOnly = false,
): SafeParseResult {
  const strict = options.unknownKeys === 'error';
  const where = options.position === undefined ? {} : { position: options.position };
  const known = typeof input === 'object' && input !== null ? validated.get(input) : undefined;
  if (known !== undefined) {
    if (strict && known.length > 0)
      return {
        success: false,
        error: new ValidationError(unknownKeyIssues(known), { ...where, profileId: (input as Profile).id }),
      };
    return { success: true, data: input as Profile, unknownKeys: known };
  }
  let result: ReturnType<typeof profileSchema.safeParse>;
  let unknownKeys: readonly UnknownKey[];
  try {
    result = compiledProfileSchema().safeParse(input);
    unknownKeys = (result.success && !indexOnly) || strict ? findUnknownKeys(input) : [];
  } catch {
    // A getter that throws, or a Proxy: the record cannot be read, which is a rejected record, not a
    // raw error out of zod (issue 17, item 8). The thrown message may quote the input, so it is dropped.
    const issue: Issue = {
      path: '',
      code: 'unreadable',
      message: 'could not be read (a property access threw)',
    };
    return { success: false, error: new ValidationError([issue], { ...where, profileId: undefined }) };
  }
  if (result.success && !(strict && unknownKeys.length > 0)) {
    // Frozen, so a profile validated once cannot be changed and screened again unvalidated, and a rule
    // cannot rename or edit the profile later rules and screenings see (issue 17, items 3 and 8).
    if (indexOnly) return { success: true, data: result.data, unknownKeys };
    deepFreeze(result.data);
    if (remember) validated.set(result.data, unknownKeys);
    return { success: true, data: result.data, unknownKeys };
  }
  const issues = [
    ...(result.success ? [] : toIssues(result.error)),
    ...(strict ? unknownKeyIssues(unknownKeys) : []),
  ];
  return { success: false, error: new ValidationError(issues, { ...where, profileId: usableId(input) }) };
}

/**
 * Validates a profile, throwing a `ValidationError` that lists each bad field's path.
 *
 * @example
 * const profile = parseProfile({ id: 'cand-1', name: { full: 'Ana Lima' } });
 */
export function parseProfile(input: unknown, options: ParseOptions = {}): Profile {
  const result = safeParseProfile(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
