import type { Mitigation } from '../../src/engine/types.js';

/** The three mitigations of the DOJ action (docs/indicators.md), in its words, which every recommended rule serves. */
export const MITIGATIONS: Readonly<Record<Mitigation, { title: string; text: string }>> = {
  'remote-access-scrutiny': {
    title: 'Scrutiny of remote hires',
    text: 'Increased scrutiny of remote hires, particularly those whose operational patterns are consistent with remote access through dedicated hardware clusters (laptop farms).',
  },
  'identity-verification': {
    title: 'Identity verification',
    text: 'Enhanced identity verification processes for employees in sensitive IT roles.',
  },
  'logistics-and-money': {
    title: 'Logistics and financial channels',
    text: 'Monitoring and disruption of the logistical support networks (laptop farms) and the financial channels behind them.',
  },
};

/**
 * docs/indicators.md, "What public guidance says to verify": each item and the indicator ids (or
 * id prefixes ending in "-") it feeds. A recommended rule traces to one of these or to a mitigation.
 */
export const GUIDANCE: ReadonlyArray<{ item: number; title: string; sources: string; indicators: string[] }> =
  [
    {
      item: 1,
      title: 'Prove identity with a live person, more than once',
      sources: 'S20, S31, S1, S5',
      indicators: ['idn-face-mismatch', 'hir-liveness-fail', 'hir-person-swap'],
    },
    {
      item: 2,
      title: 'Cameras on, with unscripted prompts',
      sources: 'S2, S5, S35',
      indicators: ['hir-no-camera', 'hir-liveness-fail', 'hir-person-swap'],
    },
    { item: 3, title: 'Ask grounding questions', sources: 'S4, S35', indicators: ['hir-soft-question-fail'] },
    {
      item: 4,
      title: 'Verify history at the source',
      sources: 'S5, S31, S32',
      indicators: ['idn-credentials-unverifiable', 'con-reference-weak', 'hir-front-company-history'],
    },
    {
      item: 5,
      title: 'Do OSINT on every contact point',
      sources: 'S20, S35',
      indicators: ['con-email-identity-mismatch', 'hir-fabricated-footprint', 'xp-shared-face'],
    },
    { item: 6, title: 'De-duplicate across the whole funnel', sources: 'S4', indicators: ['xp-'] },
    { item: 7, title: 'Control hardware logistics', sources: 'S3, S27, S20, S32', indicators: ['adr-'] },
    { item: 8, title: 'Control payroll', sources: 'S1, S5, S14', indicators: ['pay-', 'xp-shared-payout'] },
    {
      item: 9,
      title: 'Run I-9/E-Verify properly',
      sources: 'S3, S8',
      indicators: ['idn-work-eligibility-gap'],
    },
    { item: 10, title: 'Lock down endpoints', sources: 'S4, S33, S20', indicators: ['rat-', 'sw-'] },
    { item: 11, title: 'Block remote-access hardware', sources: 'S36', indicators: ['hw-ipkvm-'] },
    {
      item: 12,
      title: 'Bind identity to managed devices',
      sources: 'S20, S33',
      indicators: ['net-anonymizer', 'net-unmanaged-device'],
    },
    {
      item: 13,
      title: 'Watch network and geo signals',
      sources: 'S1, S4, S30, S19',
      indicators: ['net-', 'xp-shared-egress-ip'],
    },
    { item: 14, title: 'Watch data movement', sources: 'S4', indicators: ['beh-data-theft'] },
    {
      item: 15,
      title: 'Compare working patterns with the claimed time zone',
      sources: 'S35',
      indicators: ['beh-timezone-skew', 'beh-always-on'],
    },
    {
      item: 16,
      title: 'Make staffing vendors apply the same controls',
      sources: 'S3, S5, S28',
      indicators: ['hir-risky-channel'],
    },
    { item: 17, title: 'Don\u2019t lowball', sources: 'S35', indicators: ['pay-below-market'] },
  ];

/** The section 4 items a rule's indicator ids feed. */
export function guidanceFor(indicators: readonly string[] | undefined): typeof GUIDANCE {
  return GUIDANCE.filter((entry) =>
    entry.indicators.some((pattern) =>
      (indicators ?? []).some((id) => (pattern.endsWith('-') ? id.startsWith(pattern) : id === pattern)),
    ),
  );
}
