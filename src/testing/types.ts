import type { Severity } from '../engine/types.js';
import type { RunRuleOptions } from './run-rule.js';

/** What a test expects of one finding. Only the fields you give are compared. */
export interface ExpectedFinding {
  messageId: string;
  /** Compared whole: every placeholder value the rule sets. */
  data?: Record<string, unknown>;
  /** The input path the finding points at, e.g. `addresses[1]`. */
  path?: string;
  severity?: Severity;
  /** The evidence level the rule chose (one of its `meta.levels` ids). */
  level?: string;
  /** The related profile ids, in the order the rule gives them. */
  related?: string[];
  /** Compared key by key: only the evidence keys you list are checked. */
  evidence?: Record<string, unknown>;
  /** The rendered message text, when you want to pin the wording. */
  message?: string;
}

interface CaseBase extends RunRuleOptions {
  /** The test's name; defaults to the case's kind, number and the start of its profile. */
  name?: string;
  /** The profile as a caller would pass it (validated before the rule runs). */
  profile: unknown;
}

/** A profile the rule must leave clear. */
export type ValidCase = CaseBase;

/** A profile on which the rule must report exactly the listed findings, in order. */
export interface InvalidCase extends CaseBase {
  findings: ExpectedFinding[];
}

/** A profile on which the rule must skip, naming exactly the data it lacked. */
export interface SkippedCase extends CaseBase {
  /** The data the rule must say it lacked. */
  missing: string[];
}

/** A case still to write: registered as a pending test (`it.todo`) where the runner has one. */
export type TodoCase = string | { name: string; profile?: unknown };

export interface RuleTestCases {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
  skipped?: SkippedCase[];
  todo?: TodoCase[];
}

/** A runner's `describe` (jest, vitest, `node:test`). */
export type DescribeFunction = (name: string, body: () => void) => unknown;

/** A runner's `it`, with its `todo` when it has one (jest, vitest and `node:test` all do). */
export interface ItFunction {
  (name: string, body: () => void): unknown;
  todo?: (name: string) => unknown;
}

export interface RuleTesterConfig {
  /** The runner's `describe`; defaults to the global one (jest, vitest with globals). */
  describe?: DescribeFunction;
  /** The runner's `it`; defaults to the global one. Pass `node:test`'s `it` under `node --test`. */
  it?: ItFunction;
  /** Defaults for every case (as-of time, links, IP facts). */
  defaults?: RunRuleOptions;
  /** Check the rule's metadata once per run (placeholders, option defaults, references). Default true. */
  checkMeta?: boolean;
}
