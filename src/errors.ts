/** Stable, machine-readable error codes. Never renamed; new ones may be added. */
export type ErrorCode =
  | 'INVALID_PROFILE'
  | 'INVALID_CONFIG'
  | 'UNKNOWN_RULE'
  | 'RULE_FAILED'
  | 'CONTEXT_EXPIRED'
  | 'INVALID_INPUT'
  | 'ENRICHMENT_FAILED'
  | 'STORE_UNAVAILABLE'
  | 'STORE_MISMATCH';

/** One problem found while validating input or configuration, without the offending value. */
export interface Issue {
  /** Where the problem is, e.g. `addresses[1].postalCode` or `rules.shipping-address-not-home.weight`. */
  path: string;
  /** A stable code, e.g. zod's `invalid_type`, or `unknown_rule`. */
  code: string;
  message: string;
}

/** Base class of every error hirescreen throws. `code` is stable; the message is for people. */
export class HirescreenError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HirescreenError';
    this.code = code;
  }
}

function listIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`).join('\n');
}

/**
 * A profile failed validation. Carries the record's position (in batch input) and each field path,
 * and never the offending values: a rejected SSN or account number is not echoed.
 */
export class ValidationError extends HirescreenError {
  readonly issues: readonly Issue[];
  /** Zero-based position of the record in its input, when it came from a batch. */
  readonly position: number | undefined;
  /** The record's `id`, when it had a usable one. */
  readonly profileId: string | undefined;

  constructor(issues: readonly Issue[], where: { position?: number; profileId?: string } = {}) {
    const subject = [
      where.profileId === undefined ? 'Profile' : `Profile "${where.profileId}"`,
      where.position === undefined ? '' : ` (record ${where.position + 1})`,
    ].join('');
    super('INVALID_PROFILE', `${subject} is invalid:\n${listIssues(issues)}`);
    this.name = 'ValidationError';
    this.issues = issues;
    this.position = where.position;
    this.profileId = where.profileId;
  }
}

/** Rule-set or screener configuration is wrong. Lists every problem at once, each with its path. */
export class ConfigError extends HirescreenError {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const unknownOnly = issues.length > 0 && issues.every((issue) => issue.code === 'unknown_rule');
    super(
      unknownOnly ? 'UNKNOWN_RULE' : 'INVALID_CONFIG',
      `Invalid hirescreen configuration:\n${listIssues(issues)}`,
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * Renders a path of keys and indexes the way an analyst reads it.
 *
 * @example
 * formatPath(['addresses', 1, 'postalCode']) // 'addresses[1].postalCode'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
