import { isDeepStrictEqual } from 'node:util';
import { placeholdersOf } from '../engine/interpolate.js';
import type { AnyRule, Finding, Severity } from '../engine/types.js';
import { runRule, type RunRuleOptions } from './run-rule.js';

/** What a test expects of one finding. Only the fields you give are compared. */
export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, unknown>;
  path?: string;
  severity?: Severity;
  related?: string[];
  evidence?: Record<string, unknown>;
}

interface CaseBase extends RunRuleOptions {
  name?: string;
  profile: unknown;
}

export interface ValidCase extends CaseBase {}
export interface InvalidCase extends CaseBase {
  findings: ExpectedFinding[];
}
export interface SkippedCase extends CaseBase {
  /** The data the rule must say it lacked. */
  missing: string[];
}

export interface RuleTestCases {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
  skipped?: SkippedCase[];
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

export interface RuleTesterConfig {
  describe?: Describe;
  it?: It;
  /** Defaults for every case (as-of time, links, IP facts). */
  defaults?: RunRuleOptions;
}

/** Thrown when a case fails; the message shows expected and actual side by side. */
export class RuleTestFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleTestFailure';
  }
}

function summarize(finding: Finding): Record<string, unknown> {
  return {
    messageId: finding.messageId,
    data: finding.data,
    path: finding.path,
    severity: finding.severity,
    message: finding.message,
  };
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

function fail(what: string, expected: unknown, actual: unknown): never {
  throw new RuleTestFailure(`${what}\n  expected: ${show(expected)}\n  actual:   ${show(actual)}`);
}

function label(kind: string, index: number, testCase: CaseBase): string {
  return testCase.name ?? `${kind} #${index + 1}: ${JSON.stringify(testCase.profile).slice(0, 80)}`;
}

/**
 * ESLint-style tester for hirescreen rules: `valid` cases must be clear, `invalid` ones must produce
 * exactly the listed findings, `skipped` ones must name the missing data. It also checks the rule's own
 * metadata (every message's placeholders filled, no duplicate cases) and that no case mutates its input.
 *
 * @example
 * new RuleTester().run('interview-camera-off', interviewCameraOff, {
 *   valid: [{ profile: { id: 'p1', interviews: [{ mode: 'video', cameraOn: true }] } }],
 *   invalid: [{ profile: { id: 'p2', interviews: [{ mode: 'video', cameraOn: false }] }, findings: [{ messageId: 'cameraOff' }] }],
 * });
 */
export class RuleTester {
  private readonly config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.config = config;
  }

  run(name: string, rule: AnyRule, cases: RuleTestCases): void {
    const g = globalThis as { describe?: Describe; it?: It };
    const describe = this.config.describe ?? g.describe;
    const it = this.config.it ?? g.it;
    if (!describe || !it)
      throw new Error('RuleTester needs describe and it: run it under a test runner or pass them in.');
    const defaults = this.config.defaults ?? {};
    const seen = new Set<string>();
    const once = (testCase: CaseBase): void => {
      const key = JSON.stringify([testCase.profile, testCase.options ?? {}]);
      if (seen.has(key)) throw new RuleTestFailure(`duplicate case: ${key.slice(0, 200)}`);
      seen.add(key);
    };

    describe(name, () => {
      (cases.valid ?? []).forEach((testCase, index) =>
        it(label('valid', index, testCase), () => {
          once(testCase);
          const result = runRule(rule, testCase.profile, { ...defaults, ...testCase });
          if (result.status !== 'clear')
            fail(
              'expected the rule to be clear',
              { status: 'clear' },
              {
                status: result.status,
                findings: result.findings.map(summarize),
                missing: result.missing,
                error: result.error,
              },
            );
        }),
      );
      (cases.invalid ?? []).forEach((testCase, index) =>
        it(label('invalid', index, testCase), () => {
          once(testCase);
          const result = runRule(rule, testCase.profile, { ...defaults, ...testCase });
          if (result.status !== 'flagged')
            fail('expected findings', testCase.findings, {
              status: result.status,
              missing: result.missing,
              error: result.error,
            });
          checkFindings(rule, testCase.findings, result.findings);
        }),
      );
      (cases.skipped ?? []).forEach((testCase, index) =>
        it(label('skipped', index, testCase), () => {
          once(testCase);
          const result = runRule(rule, testCase.profile, { ...defaults, ...testCase });
          if (result.status !== 'skipped' || !isDeepStrictEqual(result.missing, testCase.missing)) {
            fail(
              'expected the rule to be skipped',
              { status: 'skipped', missing: testCase.missing },
              { status: result.status, missing: result.missing, findings: result.findings.map(summarize) },
            );
          }
        }),
      );
    });
  }
}

function checkFindings(
  rule: AnyRule,
  expected: readonly ExpectedFinding[],
  actual: readonly Finding[],
): void {
  if (expected.length !== actual.length) {
    fail(`expected ${expected.length} finding(s), got ${actual.length}`, expected, actual.map(summarize));
  }
  expected.forEach((want, index) => {
    const got = actual[index] as Finding;
    if (!(want.messageId in rule.meta.messages)) {
      throw new RuleTestFailure(
        `case expects an unknown message id "${want.messageId}"; the rule has: ${Object.keys(rule.meta.messages).join(', ')}`,
      );
    }
    const template = rule.meta.messages[got.messageId] as string;
    const unfilled = placeholdersOf(template).filter((p) => got.data[p] === undefined);
    if (unfilled.length > 0)
      throw new RuleTestFailure(`finding ${index + 1} leaves placeholders unfilled: ${unfilled.join(', ')}`);
    const picked: Record<string, unknown> = {};
    for (const key of Object.keys(want) as (keyof ExpectedFinding)[]) {
      picked[key] =
        key === 'related'
          ? got.related?.profileIds
          : key === 'evidence'
            ? pick(got.evidence, Object.keys(want.evidence ?? {}))
            : got[key];
    }
    if (!isDeepStrictEqual(picked, { ...want })) fail(`finding ${index + 1} differs`, want, picked);
  });
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]]));
}
