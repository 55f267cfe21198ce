import type { z } from 'zod';
import { formatPath, ValidationError, type Issue } from '../errors.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { profileSchema, type Profile } from './profile.js';

export type SafeParseResult = { success: true; data: Profile } | { success: false; error: ValidationError };

/** Where a record came from in a batch, for error messages. */
export interface RecordPosition {
  /** Zero-based position of the record in its input. */
  position?: number;
}

/**
 * Profiles this module produced. Screening one of them again (a roster validated up front, then
 * screened) skips a second validation and keeps the object's identity, which caches key off.
 */
const validated = new WeakSet<object>();

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
export function safeParseProfile(input: unknown, where: RecordPosition = {}): SafeParseResult {
  return validateProfile(input, where, true);
}

/**
 * {@link safeParseProfile}, with a choice of whether to remember the result. The screener does not for a
 * profile it parsed itself, which nobody else can hold: a WeakSet entry per screening costs every
 * young-generation GC ephemeron work. Not part of the public API.
 */
export function validateProfile(input: unknown, where: RecordPosition, remember: boolean): SafeParseResult {
  if (typeof input === 'object' && input !== null && validated.has(input)) {
    return { success: true, data: input as Profile };
  }
  let result: ReturnType<typeof profileSchema.safeParse>;
  try {
    result = profileSchema.safeParse(input);
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
  if (result.success) {
    // Frozen, so a profile validated once cannot be changed and screened again unvalidated, and a rule
    // cannot rename or edit the profile later rules and screenings see (issue 17, items 3 and 8).
    deepFreeze(result.data);
    if (remember) validated.add(result.data);
    return { success: true, data: result.data };
  }
  return {
    success: false,
    error: new ValidationError(toIssues(result.error), { ...where, profileId: usableId(input) }),
  };
}

/**
 * Validates a profile, throwing a `ValidationError` that lists each bad field's path.
 *
 * @example
 * const profile = parseProfile({ id: 'cand-1', name: { full: 'Ana Lima' } });
 */
export function parseProfile(input: unknown, where: RecordPosition = {}): Profile {
  const result = safeParseProfile(input, where);
  if (!result.success) throw result.error;
  return result.data;
}
