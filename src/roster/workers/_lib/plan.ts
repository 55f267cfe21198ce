import type { ScreenerOptions } from '../../../engine/screener.js';
import { logOdds } from '../../../scoring/log-odds.js';
import { noisyOr } from '../../../scoring/noisy-or.js';
import type { WorkerSetup } from './protocol.js';

export type PoolPlan =
  { ok: true; setup: Omit<WorkerSetup, 'clusters' | 'progress'> } | { ok: false; notice: string };

/**
 * Whether these screener options can reach a worker, and how: everything but functions crosses by
 * structured clone; the built-in scorings go by name and rules that are code by `rulesModule`. What
 * cannot cross makes the run stay in the main thread, with the reason as a notice.
 *
 * @example
 * planPool({ rules: [myRule] }, undefined); // { ok: false, notice: 'screening in the main thread: the rules are code; …' }
 */
export function planPool(
  options: Omit<ScreenerOptions, 'links' | 'learnedStandards'>,
  rulesModule: string | undefined,
): PoolPlan {
  const stay = (why: string): PoolPlan => ({ ok: false, notice: `screening in the main thread: ${why}` });
  if (options.ipIntel !== undefined) return stay('IP intelligence providers answer in the main thread');
  if (options.domainIntel !== undefined) return stay('domain-age providers answer in the main thread');
  let scoring: WorkerSetup['scoring'];
  if (options.scoring === logOdds) scoring = 'logOdds';
  else if (options.scoring === noisyOr) scoring = 'noisyOr';
  else if (options.scoring !== undefined)
    return stay('a custom scoring strategy is code a worker cannot receive');
  if (typeof options.now === 'function') return stay('a `now` clock is code a worker cannot receive');
  const { rules } = options;
  const rest = { ...options };
  delete rest.rules;
  delete rest.scoring;
  let cloned: WorkerSetup['options'];
  try {
    cloned = structuredClone(rest);
  } catch {
    return stay('an option holds code (a function) a worker cannot receive');
  }
  if (rulesModule === undefined && rules !== undefined) {
    try {
      cloned.rules = structuredClone(rules) as typeof rules;
    } catch {
      return stay('the rules are code; pass `workerRules`, a module that exports them, to screen in workers');
    }
  }
  return { ok: true, setup: { options: cloned, scoring, rulesModule } };
}
