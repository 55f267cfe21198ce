import { isDeepStrictEqual } from 'node:util';
import type { Finding } from '../../engine/types.js';
import type { ExpectedFinding } from '../types.js';

/** One compared (or shown) field of one finding. */
interface Row {
  field: string;
  expected: string;
  actual: string;
  /** `differs` marks a compared field whose values disagree; `shown` is context, not compared. */
  mark: 'same' | 'differs' | 'shown';
}

const ABSENT = '(none)';
const NOT_CHECKED = '(not checked)';
const MAX_COLUMN = 56;

function show(value: unknown): string {
  if (value === undefined) return ABSENT;
  return JSON.stringify(value) ?? String(value);
}

function compared(field: string, expected: unknown, actual: unknown, present = true): Row {
  return {
    field,
    expected: present ? show(expected) : ABSENT,
    actual: show(actual),
    mark: isDeepStrictEqual(expected, actual) ? 'same' : 'differs',
  };
}

/** The parts of an actual finding a test can state, as the tester compares them. */
export function actualView(finding: Finding, want?: ExpectedFinding): Record<string, unknown> {
  const evidenceKeys = Object.keys(want?.evidence ?? {});
  return {
    messageId: finding.messageId,
    data: finding.data,
    path: finding.path,
    severity: finding.severity,
    level: finding.level,
    related: finding.related?.profileIds,
    evidence: want?.evidence
      ? Object.fromEntries(
          evidenceKeys.filter((k) => k in finding.evidence).map((k) => [k, finding.evidence[k]]),
        )
      : finding.evidence,
    message: finding.message,
  };
}

/** Whether an actual finding satisfies what a case expects of it (only the given fields count). */
export function findingMatches(want: ExpectedFinding, got: Finding): boolean {
  const view = actualView(got, want);
  return (Object.keys(want) as (keyof ExpectedFinding)[]).every(
    (key) => want[key] === undefined || isDeepStrictEqual(want[key], view[key]),
  );
}

function objectRows(
  name: string,
  want: Record<string, unknown> | undefined,
  got: Record<string, unknown> | undefined,
  absent = NOT_CHECKED,
): Row[] {
  const checked = want !== undefined;
  const keys = [...new Set([...Object.keys(want ?? {}), ...Object.keys(got ?? {})])];
  if (keys.length === 0) return checked ? [compared(name, {}, {})] : [];
  return keys.map((key) => {
    const field = `${name}.${key}`;
    if (!checked) return { field, expected: absent, actual: show(got?.[key]), mark: 'shown' };
    return compared(field, want[key], got?.[key], key in want);
  });
}

function rowsFor(want: ExpectedFinding | undefined, got: Finding | undefined): Row[] {
  const view = got ? actualView(got, want) : undefined;
  const rows: Row[] = [];
  const scalar = (field: 'messageId' | 'path' | 'severity' | 'level' | 'related' | 'message'): void => {
    const given = want !== undefined && want[field] !== undefined;
    if (given) rows.push(compared(field, want[field], view?.[field]));
    else if (field === 'messageId' || field === 'path' || field === 'message')
      rows.push({
        field,
        expected: want ? NOT_CHECKED : ABSENT,
        actual: show(view?.[field]),
        mark: want ? 'shown' : 'differs',
      });
  };
  scalar('messageId');
  rows.push(
    ...objectRows(
      'data',
      want?.data,
      view?.data as Record<string, unknown> | undefined,
      want ? NOT_CHECKED : ABSENT,
    ),
  );
  scalar('path');
  scalar('severity');
  scalar('level');
  scalar('related');
  if (want?.evidence !== undefined)
    rows.push(...objectRows('evidence', want.evidence, view?.evidence as Record<string, unknown>));
  scalar('message');
  if (want && got) return rows;
  return rows
    .filter((row) => row.expected !== NOT_CHECKED)
    .map((row) => ({ ...row, mark: 'differs' as const }));
}

function clip(text: string): string {
  return text.length <= MAX_COLUMN ? text : `${text.slice(0, MAX_COLUMN - 1)}\u2026`;
}

function renderRows(rows: readonly Row[]): string[] {
  const fieldWidth = Math.max(5, ...rows.map((row) => row.field.length));
  const expectedWidth = Math.min(MAX_COLUMN, Math.max(8, ...rows.map((row) => row.expected.length)));
  const lines: string[] = [];
  for (const row of rows) {
    const marker = row.mark === 'differs' ? '\u2717' : ' ';
    const tooWide = row.expected.length > MAX_COLUMN || row.actual.length > MAX_COLUMN;
    if (tooWide && row.mark === 'differs') {
      // A long value is never clipped where it differs: the difference may be in the clipped part.
      lines.push(`  ${marker} ${row.field.padEnd(fieldWidth)}  expected: ${row.expected}`);
      lines.push(`    ${' '.repeat(fieldWidth)}  actual:   ${row.actual}`);
    } else {
      lines.push(
        `  ${marker} ${row.field.padEnd(fieldWidth)}  ${clip(row.expected).padEnd(expectedWidth)}  ${clip(row.actual)}`,
      );
    }
  }
  const header = `    ${'field'.padEnd(fieldWidth)}  ${'expected'.padEnd(expectedWidth)}  actual`;
  return [header, ...lines];
}

/**
 * Renders expected and actual findings side by side, one block per position, marking each field that
 * differs with a cross. Fields a case does not state are shown as "(not checked)" for context.
 *
 * @example
 * formatFindingDiff([{ messageId: 'differs', path: 'addresses[1]' }], result.findings)
 */
export function formatFindingDiff(expected: readonly ExpectedFinding[], actual: readonly Finding[]): string {
  const blocks: string[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index += 1) {
    const want = expected[index];
    const got = actual[index];
    const status = !want
      ? 'unexpected (the case does not list it)'
      : !got
        ? 'missing (the rule did not report it)'
        : findingMatches(want, got)
          ? 'matches'
          : 'differs';
    blocks.push(
      [`  finding ${index + 1}: ${status}`, ...renderRows(rowsFor(want, got)).map((l) => `  ${l}`)].join(
        '\n',
      ),
    );
  }
  return blocks.join('\n');
}
