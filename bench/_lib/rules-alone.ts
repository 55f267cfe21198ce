// The rules' own share of a roster run: what screening would cost if validation, key extraction,
// scoring, redaction and the report were free. It bounds the whole-roster ratio from below, so a
// target under it cannot be met by work outside the rules (issue 16).
import { compareCodeUnits } from '../../src/_lib/sort-in-place.js';
import { evaluate, prepareRule, type Environment } from '../../src/engine/evaluate.js';
import { createIpFactsView } from '../../src/engine/ip-facts.js';
import type { LearnedStandard } from '../../src/engine/learn-baselines.js';
import { compileOrganizations } from '../../src/engine/organization.js';
import { resolveRules, type RulesOption } from '../../src/engine/resolve-rules.js';
import type { LinkIndex } from '../../src/links/link-index.js';
import { safeParseProfile } from '../../src/schema/parse.js';
import type { Profile } from '../../src/schema/profile.js';
import { collectGarbage, cpuNow, now } from './measure.js';

/** CPU and wall milliseconds of the rule checks, summed over the roster's chunks. */
export interface RulesAloneTiming {
  wallMs: number;
  cpuMs: number;
  /** The rules that ran, and how many of them ask the link index. */
  rules: number;
  linkRules: number;
}

/** Profiles validated untimed per timed stretch: small enough that holding them adds no GC work of note. */
const CHUNK = 2_000;

/**
 * Runs every rule of `rules` over every line's profile as the roster stream's second pass does: each
 * profile freshly validated (untimed, so no per-object memo carries over from another run), told to the
 * roster's own `index` as the record it indexed, with the organisation view the roster's learned
 * standards give. Only the rule loop is timed: the environment each screening builds and `evaluate` for
 * each rule, which is the rule's requirements, its check and its outcome's normalisation.
 */
export function timeRulesAlone(
  lines: readonly string[],
  rules: RulesOption,
  asOf: string,
  index: LinkIndex,
  standards: readonly LearnedStandard[],
): RulesAloneTiming {
  // In id order, as the screener runs them: the link rules then share one profile's memoised keys alike.
  const resolved = [...resolveRules(rules).rules].sort((a, b) => compareCodeUnits(a.rule.id, b.rule.id));
  const prepared = resolved.map(prepareRule);
  const organizationOf = compileOrganizations(undefined, 'organizations', standards);
  const noIpFacts = new Map();
  const at = new Date(asOf);
  let wallMs = 0;
  let cpuMs = 0;
  for (let start = 0; start < lines.length; start += CHUNK) {
    const profiles: Profile[] = [];
    for (const line of lines.slice(start, start + CHUNK)) {
      const parsed = safeParseProfile(JSON.parse(line));
      if (!parsed.success) throw new Error(`generated profile is invalid: ${parsed.error.message}`);
      index.sameAsIndexed(parsed.data);
      profiles.push(parsed.data);
    }
    collectGarbage();
    const wall = now();
    const cpu = cpuNow();
    for (const profile of profiles) {
      const env: Environment = {
        now: at,
        links: index,
        ip: createIpFactsView(noIpFacts),
        organization: organizationOf(profile.organizationId),
      };
      for (let i = 0; i < resolved.length; i++)
        evaluate(resolved[i] as (typeof resolved)[number], profile, env, prepared[i]);
    }
    cpuMs += cpuNow() - cpu;
    wallMs += now() - wall;
  }
  const linkRules = resolved.filter(({ rule }) => rule.meta.needs?.includes('links')).length;
  return { wallMs, cpuMs, rules: resolved.length, linkRules };
}
