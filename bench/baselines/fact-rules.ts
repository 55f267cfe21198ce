// Engine against engine: the json-rules-engine baseline's ten conditions, over the very same precomputed
// facts, written as hirescreen rules. Both sides then do identical rule work, so the difference is what
// each engine costs to run a rule and report the result (ours also scores, explains and redacts).
import { defineRule } from '../../src/engine/define-rule.js';
import type { AnyRule } from '../../src/engine/types.js';
import type { Profile } from '../../src/schema/profile.js';
import { SUBSET } from './json-rules.js';

type Facts = Record<string, unknown>;

interface Condition {
  fact: string;
  operator: string;
  value: unknown;
}

/** json-rules-engine's semantics for the three operators the subset uses. */
function holds(condition: Condition, facts: Facts): boolean {
  const actual = facts[condition.fact];
  switch (condition.operator) {
    case 'equal':
      return actual === condition.value;
    case 'greaterThanInclusive':
      return typeof actual === 'number' && actual >= (condition.value as number);
    case 'in':
      return (condition.value as unknown[]).includes(actual);
    default:
      throw new Error(`operator ${condition.operator} is not used by the subset`);
  }
}

/**
 * The subset as hirescreen rules (ids `bench/<rule id>`) reading each profile's facts from `factsOf`,
 * which the caller fills for the validated profiles it will screen.
 */
export function createFactRules(factsOf: WeakMap<Profile, Facts>): AnyRule[] {
  return SUBSET.map(({ ruleId, rule }) => {
    const condition = (rule.conditions as { all: [Condition] }).all[0];
    const weight = (rule.event.params as { weight: number }).weight;
    return defineRule({
      id: `bench/${ruleId}`,
      meta: {
        description: `${ruleId} over precomputed facts`,
        category: 'identity',
        severity: 'medium',
        weight,
        presets: [],
        status: 'experimental',
        messages: { fired: `${condition.fact} is {{value}}` },
        requires: [],
        mitigates: ['identity-verification'],
        falsePositives: [],
        mitigation: 'none (benchmark rule)',
        references: [],
      },
      check(profile, context) {
        const facts = factsOf.get(profile);
        if (facts === undefined || !holds(condition, facts)) return undefined;
        return context.finding('fired', { data: { value: String(facts[condition.fact]) } });
      },
    });
  });
}
