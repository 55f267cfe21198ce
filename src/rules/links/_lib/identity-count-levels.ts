import type { Severity } from '../../../engine/types.js';
import type { EvidenceBasis } from '../../../scoring/evidence.js';
import { linkLevel, type LinkLevel } from './shared-key-rule.js';

/** One of the two strengths: its severity, its ratio, the judgement behind it and what was seen. */
export interface IdentityCountLevel {
  severity: Severity;
  likelihoodRatio: number;
  basis: EvidenceBasis;
  description: string;
}

/**
 * The two strengths of a personal key (mailbox, number, photo, serial, résumé) shared across identities:
 * `several-identities` when three or more carry it, else the catch-all `two-identities`. Three is where a
 * family or a re-issue stops explaining it, so the rules that use these levels share the cut.
 *
 * @example
 * const levels = identityCountLevels(
 *   { severity: 'high', likelihoodRatio: 60, basis: judgement('Rare.'), description: 'Three or more share it.' },
 *   { severity: 'medium', likelihoodRatio: 10, basis: judgement('A family.'), description: 'Two share it.' },
 * );
 */
export function identityCountLevels(several: IdentityCountLevel, two: IdentityCountLevel): LinkLevel[] {
  return [
    linkLevel(
      'several-identities',
      several.severity,
      several.likelihoodRatio,
      several.basis,
      several.description,
      (match) => match.identityCount >= 3,
    ),
    linkLevel('two-identities', two.severity, two.likelihoodRatio, two.basis, two.description, () => true),
  ];
}
