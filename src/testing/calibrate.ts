import type { RuleSetConfig } from '../engine/rule-set.js';
import { createScreener, type ScreenerOptions } from '../engine/screener.js';
import type { LabelledProfile } from './backtest.js';
import type { ProfileInput } from '../schema/profile.js';
import {
  fitLikelihoodRatios,
  operatingPoints,
  type CalibrationFitOptions,
  type LabelledScreening,
  type LevelCalibration,
  type OperatingPoint,
} from './calibration-fit.js';

export interface CalibrateOptions extends ScreenerOptions, CalibrationFitOptions {
  /** The prevalence precision is restated at (default 0.005). */
  prevalence?: number;
}

export interface CalibrationResult {
  profiles: number;
  fraud: number;
  legitimate: number;
  /** One row per rule level that fired: fire rates by class, empirical ratio, interval, fitted ratio. */
  levels: LevelCalibration[];
  /**
   * A rule-set layer with the fitted ratios: `{ rules: { id: { likelihoodRatios: { level: n } } } }`.
   * Put it last in `extends` (or save it as a `--config` file's `extends` entry).
   */
  config: RuleSetConfig;
  /** Operating points before the fit (the ratios the rule set had) and after (screened again with the fit). */
  before: OperatingPoint[];
  after: OperatingPoint[];
}

/**
 * Fits each rule level's likelihood ratio from labelled outcomes (confirmed fraud, cleared reviews),
 * shrinking toward the documented ratios where labels are few, and reports precision, recall and
 * alert rate at each threshold before and after. The "after" figures are measured on the same profiles
 * the fit saw, so they flatter it: hold some outcomes back to check.
 *
 * @example
 * const result = await calibrate(labelled, { rules: { extends: ['recommended'] }, now: '2026-06-01T00:00:00Z' });
 * createScreener({ rules: { extends: ['recommended', result.config] } });
 */
export async function calibrate(
  labelled: readonly LabelledProfile[],
  options: CalibrateOptions = {},
): Promise<CalibrationResult> {
  const { priorStrength, prevalence, ...screenerOptions } = options;
  const base: RuleSetConfig =
    screenerOptions.rules === undefined
      ? { extends: ['recommended'] }
      : Array.isArray(screenerOptions.rules)
        ? {
            plugins: screenerOptions.rules,
            rules: Object.fromEntries(screenerOptions.rules.map((r) => [r.id, 'on'])),
          }
        : 'version' in (screenerOptions.rules as object)
          ? failRuleSet()
          : (screenerOptions.rules as RuleSetConfig);
  return calibrateFrom((rules) => screenAll(labelled, { ...screenerOptions, rules }), base, {
    ...(priorStrength !== undefined && { priorStrength }),
    ...(prevalence !== undefined && { prevalence }),
  });
}

/**
 * The fit itself, for any way of screening a labelled set with a rule set (one profile at a time, as
 * `calibrate` does, or a roster with links, as `hirescreen calibrate` does): screen with `base`, fit
 * each level's ratio, screen again with the fit layered on top, and measure both.
 *
 * @example
 * const result = await calibrateFrom((rules) => myScreen(rules), { extends: ['recommended'] });
 */
export async function calibrateFrom(
  screen: (rules: RuleSetConfig) => Promise<LabelledScreening[]>,
  base: RuleSetConfig,
  options: CalibrationFitOptions & { prevalence?: number } = {},
): Promise<CalibrationResult> {
  const { prevalence, ...fitOptions } = options;
  const first = await screen(base);
  const fit = fitLikelihoodRatios(first, fitOptions);
  const second = await screen({ extends: [base, fit.config] });
  const fraud = first.filter((item) => item.label === 'fraud').length;
  return {
    profiles: first.length,
    fraud,
    legitimate: first.length - fraud,
    levels: fit.levels,
    config: fit.config,
    before: operatingPoints(first, prevalence),
    after: operatingPoints(second, prevalence),
  };
}

function failRuleSet(): never {
  throw new TypeError('calibrate needs a rule-set configuration or a list of rules, not a resolved RuleSet');
}

async function screenAll(
  labelled: readonly LabelledProfile[],
  options: ScreenerOptions,
): Promise<LabelledScreening[]> {
  const screener = createScreener(options);
  const out: LabelledScreening[] = [];
  for (const [position, item] of labelled.entries()) {
    try {
      out.push({ screening: await screener.screen(item.profile as ProfileInput), label: item.label });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`labelled profile ${position + 1} could not be screened: ${message}`, { cause: error });
    }
  }
  return out;
}
