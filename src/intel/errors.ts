/** Stable codes for the errors the intel module throws. */
export type IntelErrorCode =
  'INVALID_CIDR' | 'INVALID_CIDR_LIST' | 'INVALID_CATALOG_ENTRY' | 'INVALID_CIDR_RANGES';

/** One problem found while loading data, with where it is. */
export interface IntelIssue {
  /** 1-based line for text input, or the JSON-ish path (`entries[2].kind`) for objects. */
  line?: number;
  path?: string;
  source?: string;
  message: string;
}

/**
 * An error from IP intelligence or the reference catalogs. It carries a stable `code` and, for loads,
 * every issue found (not only the first), so a user fixes a file in one pass.
 */
export class IntelError extends Error {
  readonly code: IntelErrorCode;
  readonly issues: readonly IntelIssue[];

  constructor(code: IntelErrorCode, message: string, issues: readonly IntelIssue[] = []) {
    super(message);
    this.name = 'IntelError';
    this.code = code;
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
