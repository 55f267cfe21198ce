export { RuleTester, RuleTestFailure } from './rule-tester.js';
export type {
  ExpectedFinding,
  InvalidCase,
  RuleTestCases,
  RuleTesterConfig,
  SkippedCase,
  ValidCase,
} from './rule-tester.js';
export { runRule, DEFAULT_TEST_NOW } from './run-rule.js';
export type { RuleRunResult, RunRuleOptions } from './run-rule.js';
