import { evaluate, type Evaluation } from '../engine/evaluate.js';
import { createIpFactsView } from '../engine/ip-facts.js';
import { materialize } from '../engine/materialize.js';
import { redactorFor } from '../engine/redact.js';
import { createRuleSet } from '../engine/rule-set.js';
import type { AnyRule, Finding } from '../engine/types.js';
import type { IpFacts } from '../intel/types.js';
import type { DomainAnswer } from '../intel/domains/types.js';
import { createDomainFactsView } from '../engine/domain-facts.js';
import { compileOrganizations, type OrganizationContexts } from '../engine/organization.js';
import type { LinkLookup } from '../links/lookup.js';
import { parseProfile } from '../schema/parse.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface RunRuleOptions {
  options?: Record<string, unknown>;
  now?: Date | string;
  links?: LinkLookup;
  /** IP facts as an IP intelligence provider would return them, keyed by IP. */
  ipFacts?: Record<string, Omit<IpFacts, 'ip' | 'sources'> & { sources?: IpFacts['sources'] }>;
  /**
   * Domain answers as a domain intelligence provider would give them, keyed by registrable domain:
   * facts (`{ registered }`) or a gap (`{ gap, detail }`). Given at all, domain intelligence counts
   * as configured; `source` defaults to `test`.
   */
  domainFacts?: Record<string, DistributiveOmit<DomainAnswer, 'domain' | 'source'> & { source?: string }>;
  /**
   * Organisation contexts as the screener's `organizations` option takes them; the profile's
   * `organizationId` (or `*`) picks one.
   */
  organizations?: OrganizationContexts;
}

export interface RuleRunResult {
  status: Evaluation['status'];
  findings: Finding[];
  missing: string[];
  error: string | undefined;
}

const FROZEN_WRITE =
  /read[- ]only property|object is not extensible|Cannot delete property|Cannot add property/;

/** The as-of time a case runs at unless it gives its own `now`. */
export const DEFAULT_TEST_NOW = '2026-01-15T12:00:00Z';

/**
 * Runs one rule on one profile, synchronously, the way the screener would, and returns its status
 * and rendered findings. The input is validated first and checked for mutation afterwards.
 *
 * @example
 * const result = runRule(interviewCameraOff, { id: 'p1', interviews: [{ mode: 'video', cameraOn: false }] });
 * result.findings[0].messageId // 'cameraOff'
 */
export function runRule(rule: AnyRule, input: unknown, run: RunRuleOptions = {}): RuleRunResult {
  // A misspelt field in a test case would leave the case testing a profile without it: refuse it.
  const profile = parseProfile(input, { unknownKeys: 'error' });
  // A JSON snapshot, not structuredClone: under jest the clone would come from another realm and
  // never compare equal.
  const before = JSON.stringify(profile);
  const ruleSet = createRuleSet(
    { plugins: [rule], rules: { [rule.id]: { options: run.options ?? {} } } },
    { rules: [], presets: { recommended: {}, strict: {} } },
  );
  const resolved = ruleSet.rules[0];
  if (!resolved) throw new Error(`rule "${rule.id}" did not resolve`);
  const facts = new Map<string, IpFacts>(
    Object.entries(run.ipFacts ?? {}).map(([ip, f]) => [
      ip,
      { ...f, ip, sources: f.sources ?? [{ name: 'test', fields: Object.keys(f) }] },
    ]),
  );
  const domains =
    run.domainFacts === undefined
      ? undefined
      : createDomainFactsView(
          new Map(
            Object.entries(run.domainFacts).map(([domain, answer]) => [
              domain,
              { source: 'test', ...answer, domain } as DomainAnswer,
            ]),
          ),
        );
  const now = new Date(run.now ?? DEFAULT_TEST_NOW);
  // Frozen, so a write throws at the line that makes it; the comparison catches what strict mode cannot.
  deepFreeze(profile);
  const organization = compileOrganizations(run.organizations)(profile.organizationId);
  const evaluation = evaluate(resolved, profile, {
    now,
    links: run.links,
    ip: createIpFactsView(facts),
    organization,
    ...(domains && { domains }),
  });
  if (evaluation.status === 'error' && FROZEN_WRITE.test(evaluation.message))
    throw new Error(`rule "${rule.id}" mutated its input profile: ${evaluation.message}`);
  if (JSON.stringify(profile) !== before) throw new Error(`rule "${rule.id}" mutated its input profile`);
  const redact = redactorFor(profile);
  return {
    status: evaluation.status,
    findings:
      evaluation.status === 'flagged'
        ? evaluation.drafts.map((draft) => materialize(draft, resolved, redact))
        : [],
    missing: evaluation.status === 'skipped' ? evaluation.missing : [],
    error: evaluation.status === 'error' ? evaluation.message : undefined,
  };
}
