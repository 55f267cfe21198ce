// `hirescreen/testing`: the public names of the testing kit, listed explicitly.
export { RuleTester, RuleTestFailure } from './rule-tester.js';
export type {
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
export { runRule, DEFAULT_TEST_NOW } from './run-rule.js';
export type { RuleRunResult, RunRuleOptions } from './run-rule.js';
export { checkRuleMeta } from './_lib/check-meta.js';
export { formatFindingDiff } from './_lib/finding-diff.js';
export { mergeDeep, profile, resetBuilders, roster } from './builders.js';
export type { FarmOptions, PostalAddressInput, ProfileOverrides, RosterOptions } from './builders.js';
export { backtest, DecisionMismatchError, expectDecisions, formatBacktest } from './backtest.js';
export type { BacktestResult, DecisionMismatch, LabelledProfile, RuleBacktest } from './backtest.js';
export { calibrate, calibrateFrom } from './calibrate.js';
export type { CalibrateOptions, CalibrationResult } from './calibrate.js';
export { fitLikelihoodRatios, operatingPoints, reviewThresholdFor } from './calibration-fit.js';
export type {
  CalibrationFitOptions,
  LabelledScreening,
  LevelCalibration,
  OperatingPoint,
  ReviewBudget,
} from './calibration-fit.js';
export { seededRandom } from './seeded-random.js';
