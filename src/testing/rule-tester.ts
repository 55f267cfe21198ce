import { isDeepStrictEqual } from 'node:util';
import { formatPath } from '../errors.js';
import { placeholdersOf } from '../engine/interpolate.js';
import { suggest } from '../engine/suggest.js';
import type { AnyRule, Finding } from '../engine/types.js';
import { checkRuleMeta } from './_lib/check-meta.js';
import { stableKey } from './_lib/stable-key.js';
import { findingMatches, formatFindingDiff } from './_lib/finding-diff.js';
import { runRule, type RuleRunResult } from './run-rule.js';
import type {
  DescribeFunction,
  ExpectedFinding,
  InvalidCase,
  ItFunction,
  RuleTestCases,
  RuleTesterConfig,
  SkippedCase,
  TodoCase,
  ValidCase,
} from './types.js';

/** Thrown when a case fails; the message shows expected and actual side by side. */
export class RuleTestFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleTestFailure';
  }
}

type Kind = 'valid' | 'invalid' | 'skipped';
type AnyCase = ValidCase | InvalidCase | SkippedCase;

const RUN_FIELDS = ['name', 'profile', 'options', 'now', 'links', 'ipFacts', 'domainFacts', 'organizations'];
const CASE_FIELDS: Record<Kind, readonly string[]> = {
  valid: RUN_FIELDS,
  invalid: [...RUN_FIELDS, 'findings'],
  skipped: [...RUN_FIELDS, 'missing'],
};
const FINDING_FIELDS = ['messageId', 'data', 'path', 'severity', 'level', 'related', 'evidence', 'message'];

function label(kind: Kind, index: number, testCase: AnyCase): string {
  return testCase.name ?? `${kind} #${index + 1}: ${JSON.stringify(testCase.profile).slice(0, 80)}`;
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

function unknownFields(value: object, allowed: readonly string[], where: string): string[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => {
      const hint = suggest(key, allowed);
      return `${where}unknown field "${key}"${hint ? `; did you mean "${hint}"?` : ''}`;
    });
}

/** The case's shape, before anything runs: unknown fields, message ids, options against the schema. */
function caseProblems(rule: AnyRule, kind: Kind, testCase: AnyCase): string[] {
  const problems = unknownFields(testCase, CASE_FIELDS[kind], '');
  if (!('profile' in testCase)) problems.push('the case has no "profile"');
  problems.push(...optionProblems(rule, testCase.options));
  if (kind === 'invalid') {
    const { findings } = testCase as InvalidCase;
    if (!Array.isArray(findings) || findings.length === 0)
      problems.push(
        'an invalid case must list at least one expected finding (a clear profile is a valid case)',
      );
    else
      findings.forEach((want, index) => {
        problems.push(...unknownFields(want, FINDING_FIELDS, `findings[${index}]: `));
        if (!(want.messageId in rule.meta.messages)) {
          const ids = Object.keys(rule.meta.messages);
          const hint = suggest(String(want.messageId), ids);
          problems.push(
            `findings[${index}].messageId: unknown message id "${want.messageId}"${hint ? `; did you mean "${hint}"?` : ''} (the rule has: ${ids.join(', ')})`,
          );
        }
      });
  }
  if (kind === 'skipped' && !Array.isArray((testCase as SkippedCase).missing))
    problems.push('a skipped case must list "missing": the data the rule says it lacked');
  return problems;
}

function optionProblems(rule: AnyRule, options: Record<string, unknown> | undefined): string[] {
  if (options === undefined) return [];
  const schema = rule.meta.options;
  if (!schema) return Object.keys(options).length > 0 ? [`options: rule "${rule.id}" takes no options`] : [];
  const parsed = schema.safeParse(options);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const tail = formatPath(issue.path);
    return `options${tail.startsWith('[') || tail === '' ? '' : '.'}${tail}: ${issue.message}`;
  });
}

function unfilledPlaceholders(rule: AnyRule, findings: readonly Finding[]): string[] {
  return findings.flatMap((finding, index) => {
    const template = rule.meta.messages[finding.messageId] as string;
    const unfilled = placeholdersOf(template).filter(
      (name) => finding.data[name] === undefined || finding.data[name] === null,
    );
    return unfilled.length > 0
      ? [
          `finding ${index + 1} ("${finding.messageId}") leaves placeholder(s) unfilled: ${unfilled.join(', ')}`,
        ]
      : [];
  });
}

function statusLine(result: RuleRunResult): string {
  if (result.status === 'error') return `the rule threw: ${result.error ?? 'unknown error'}`;
  if (result.status === 'skipped') return `the rule was skipped for missing: ${result.missing.join('; ')}`;
  if (result.status === 'clear') return 'the rule was clear';
  return `the rule reported ${result.findings.length} finding(s)`;
}

/** Runs one case, throwing a `RuleTestFailure` that explains any difference. */
function runCase(
  rule: AnyRule,
  kind: Kind,
  testCase: AnyCase,
  caseLabel: string,
  config: RuleTesterConfig,
  duplicateOf: string | undefined,
): void {
  const title = `${rule.id}, ${testCase.name ? `${kind} case "${caseLabel}"` : caseLabel}`;
  const failure = (problem: string, detail = ''): RuleTestFailure =>
    new RuleTestFailure(`${title}: ${problem}${detail ? `\n\n${detail}` : ''}`);
  if (duplicateOf)
    throw failure(
      `duplicate case: the same input as ${duplicateOf} (profile, options, now, links, IP facts, organisations)`,
    );
  const problems = caseProblems(rule, kind, testCase);
  if (problems.length > 0) throw failure('the case is malformed', problems.map((p) => `  - ${p}`).join('\n'));

  let snapshot: string | undefined;
  try {
    snapshot = JSON.stringify(testCase.profile);
  } catch {
    snapshot = undefined;
  }
  const { name: _name, ...run } = { ...config.defaults, ...testCase } as AnyCase;
  const result = runRule(rule, testCase.profile, run);
  if (snapshot !== undefined && snapshot !== JSON.stringify(testCase.profile))
    throw failure('the case\u2019s input profile was mutated while the rule ran');

  const unfilled = unfilledPlaceholders(rule, result.findings);
  if (unfilled.length > 0) throw failure('a message has unfilled placeholders', unfilled.join('\n'));

  if (kind === 'valid') {
    if (result.status !== 'clear')
      throw failure(
        `expected the rule to be clear, but ${statusLine(result)}`,
        result.findings.length > 0 ? formatFindingDiff([], result.findings) : '',
      );
    return;
  }
  if (kind === 'skipped') {
    const { missing } = testCase as SkippedCase;
    if (result.status !== 'skipped' || !isDeepStrictEqual(result.missing, missing))
      throw failure(
        `expected the rule to be skipped, but ${statusLine(result)}`,
        [
          `  expected missing: ${show(missing)}`,
          `  actual missing:   ${show(result.missing)}`,
          result.findings.length > 0 ? formatFindingDiff([], result.findings) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    return;
  }
  const expected: readonly ExpectedFinding[] = (testCase as InvalidCase).findings;
  if (result.status === 'error' || result.status === 'skipped')
    throw failure(
      `expected ${expected.length} finding(s), but ${statusLine(result)}`,
      formatFindingDiff(expected, []),
    );
  const countDiffers = expected.length !== result.findings.length;
  const firstDiff = expected.findIndex(
    (want, i) => !result.findings[i] || !findingMatches(want, result.findings[i]),
  );
  if (countDiffers || firstDiff >= 0) {
    const headline = countDiffers
      ? `expected ${expected.length} finding(s), got ${result.findings.length}`
      : `finding ${firstDiff + 1} differs from what the case expects`;
    throw failure(
      headline,
      `${formatFindingDiff(expected, result.findings)}\n\n  (\u2717 marks a field that differs)`,
    );
  }
}

/**
 * ESLint-style tester for hirescreen rules: `valid` cases must be clear, `invalid` ones must produce
 * exactly the listed findings, `skipped` ones must name the missing data, and `todo` ones register as
 * pending tests. Before any case it checks the case's shape (unknown fields with "did you mean", message
 * ids, options against the rule's schema); after, that placeholders were filled and the input was not
 * mutated. Duplicate cases fail. Once per run it checks the rule's metadata. Runs under jest and vitest
 * (global `describe`/`it`) and `node:test` (pass them in).
 *
 * @example
 * new RuleTester().run('interview-camera-off', interviewCameraOff, {
 *   valid: [{ profile: { id: 'p1', interviews: [{ mode: 'video', cameraOn: true }] } }],
 *   invalid: [{ profile: { id: 'p2', interviews: [{ mode: 'video', cameraOn: false }] }, findings: [{ messageId: 'cameraOff' }] }],
 *   todo: ['flags a phone interview when video was required'],
 * });
 */
export class RuleTester {
  private readonly config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.config = config;
  }

  run(name: string, rule: AnyRule, cases: RuleTestCases): void {
    const g = globalThis as { describe?: DescribeFunction; it?: ItFunction };
    const describe = this.config.describe ?? g.describe;
    const it = this.config.it ?? g.it;
    if (!describe || !it)
      throw new Error(
        'RuleTester needs describe and it: run it under jest or vitest, or pass them in: new RuleTester({ describe, it }) with `import { describe, it } from "node:test"`.',
      );
    const config = this.config;
    const seen = new Map<string, string>();
    const links = new WeakMap<object, number>();
    let nextLinkId = 0;
    const keyOf = (testCase: AnyCase): string => {
      const merged = { ...config.defaults, ...testCase };
      let linkId: number | undefined;
      if (merged.links) {
        linkId = links.get(merged.links);
        if (linkId === undefined) links.set(merged.links, (linkId = nextLinkId += 1));
      }
      return stableKey([
        merged.profile,
        merged.options ?? {},
        merged.now,
        merged.ipFacts,
        merged.domainFacts,
        merged.organizations,
        linkId,
      ]);
    };

    describe(name, () => {
      if (config.checkMeta !== false)
        it('rule metadata is sound', () => {
          const problems = checkRuleMeta(rule);
          if (problems.length > 0)
            throw new RuleTestFailure(
              `${rule.id}: the rule's metadata has problems\n\n${problems.map((p) => `  - ${p}`).join('\n')}`,
            );
        });
      const register = (kind: Kind, list: readonly AnyCase[] | undefined): void =>
        (list ?? []).forEach((testCase, index) => {
          const title = label(kind, index, testCase);
          let duplicateOf: string | undefined;
          try {
            const key = keyOf(testCase);
            duplicateOf = seen.get(key);
            if (!duplicateOf)
              seen.set(key, `${kind} #${index + 1}${testCase.name ? ` "${testCase.name}"` : ''}`);
          } catch {
            // A profile that cannot be serialised is reported by the case itself.
          }
          it(title, () => runCase(rule, kind, testCase, title, config, duplicateOf));
        });
      register('valid', cases.valid);
      register('invalid', cases.invalid);
      register('skipped', cases.skipped);
      (cases.todo ?? []).forEach((todo: TodoCase) => {
        const title = typeof todo === 'string' ? todo : todo.name;
        if (typeof it.todo === 'function') it.todo(title);
        else it(`todo: ${title}`, () => undefined);
      });
    });
  }
}
