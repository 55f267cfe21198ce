import { HirescreenError } from '../errors.js';

/** Stable reasons for the errors the intel module throws (the `code` is always `INVALID_INPUT`). */
export type IntelErrorReason =
  | 'INVALID_CIDR'
  | 'INVALID_CIDR_LIST'
  | 'INVALID_CATALOG_ENTRY'
  | 'INVALID_CIDR_RANGES'
  | 'INVALID_MMDB'
  | 'INVALID_IP_RANGES'
  | 'INVALID_RDAP_BOOTSTRAP'
  | 'INVALID_RDAP_CACHE';

/** One problem found while loading data, with where it is. */
export interface IntelIssue {
  /** 1-based line for text input, or the JSON-ish path (`entries[2].kind`) for objects. */
  line?: number;
  path?: string;
  source?: string;
  message: string;
}

/**
 * Bad IP-intelligence or catalog data. Its `code` is `INVALID_INPUT`; `reason` says which kind, and
 * `issues` lists every problem found (not only the first), so a user fixes a file in one pass.
 */
export class IntelError extends HirescreenError {
  readonly reason: IntelErrorReason;
  readonly issues: readonly IntelIssue[];

  constructor(reason: IntelErrorReason, message: string, issues: readonly IntelIssue[] = []) {
    super('INVALID_INPUT', message);
    this.name = 'IntelError';
    this.reason = reason;
    this.issues = issues;
  }
}

/**
 * Renders issues one per line, prefixed with their position.
 *
 * @example
 * formatIssues([{ line: 3, message: 'bad CIDR' }]); // 'line 3: bad CIDR'
 */
export function formatIssues(issues: readonly IntelIssue[]): string {
  return issues
    .map((issue) => {
      const where = [issue.source, issue.line !== undefined ? `line ${issue.line}` : undefined, issue.path]
        .filter((part) => part !== undefined)
        .join(' ');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('\n');
}
