// The generic-rules-engine baseline: a representative subset of hirescreen's per-profile rules written
// for json-rules-engine as conditions over precomputed facts. The fact extraction is deliberately
// simpler than our rules (plain string equality, no normalisers, no catalogs), which favours the
// baseline: it is timed on `engine.run(facts)` only, and separately with the extraction included.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { ProfileInput } from '../../src/schema/profile.js';

/** Our rule ids in the subset, with the fact each one becomes. */
export const SUBSET: ReadonlyArray<{ ruleId: string; fact: string; rule: RuleProperties }> = [
  cond('interview-camera-off', 'cameraOffInterviews', 'greaterThanInclusive', 1, 20),
  cond('shipping-address-not-home', 'shipsAwayFromHome', 'equal', true, 40),
  cond('anonymized-login-share', 'anonymizedLoginShare', 'greaterThanInclusive', 0.2, 25),
  cond('named-vpn-egress', 'astrillConnections', 'greaterThanInclusive', 1, 40),
  cond('remote-access-tool', 'remoteTools', 'greaterThanInclusive', 1, 40),
  cond('ip-kvm-usb-device', 'ipKvmUsb', 'equal', true, 70),
  cond('payroll-holder-name-mismatch', 'holderMismatch', 'equal', true, 40),
  cond('payroll-nonbank-payout', 'nonBankPayout', 'equal', true, 25),
  cond('voip-phone-number', 'voipPhones', 'greaterThanInclusive', 1, 10),
  cond('ssn-verification-failed', 'ssnVerification', 'in', ['mismatch', 'deceased'], 45),
];

function cond(ruleId: string, fact: string, operator: string, value: unknown, weight: number) {
  return {
    ruleId,
    fact,
    rule: {
      name: ruleId,
      conditions: { all: [{ fact, operator, value }] },
      event: { type: ruleId, params: { weight } },
    } as RuleProperties,
  };
}

/** A json-rules-engine engine holding the subset's rules whose ids are in `ruleIds`. */
export function createBaselineEngine(ruleIds: ReadonlySet<string>): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const entry of SUBSET) if (ruleIds.has(entry.ruleId)) engine.addRule(entry.rule);
  return engine;
}

const KVM_IDS = new Set(['1d6b:0104', '1d6b:0106', '1209:eda1', '1209:eda2', '1209:eda3']);
const REMOTE = /^(anydesk|teamviewer|remoting_host|rustdesk|screenconnect)/i;
const DAY = 86_400_000;

/** The facts of one profile, computed the simple way a hand-written integration would. */
export function factsOf(profile: ProfileInput, asOf: number): Record<string, unknown> {
  const homes = (profile.addresses ?? [])
    .filter((a) => a.purpose === 'home')
    .map((a) => `${a.line1}|${a.postalCode}`.toLowerCase());
  const shipped = (profile.devices ?? []).flatMap((d) =>
    d.shippedTo ? [`${d.shippedTo.line1}|${d.shippedTo.postalCode}`.toLowerCase()] : [],
  );
  const recent = (profile.logins ?? []).filter((l) => asOf - Date.parse(l.at) <= 30 * DAY);
  const anonymized = recent.filter((l) =>
    ['vpn', 'proxy', 'tor', 'hosting'].includes(l.geo?.connectionType ?? ''),
  );
  const full = (profile.name?.full ?? '').toLowerCase();
  return {
    cameraOffInterviews: (profile.interviews ?? []).filter((i) => i.mode === 'video' && i.cameraOn === false)
      .length,
    shipsAwayFromHome: homes.length > 0 && shipped.some((s) => !homes.includes(s)),
    anonymizedLoginShare: recent.length >= 5 ? anonymized.length / recent.length : 0,
    astrillConnections: (profile.logins ?? []).filter((l) => /astrill/i.test(l.geo?.provider ?? '')).length,
    remoteTools: (profile.devices ?? []).flatMap((d) => d.software ?? []).filter((s) => REMOTE.test(s.name))
      .length,
    ipKvmUsb: (profile.devices ?? []).some((d) =>
      (d.usb ?? []).some((u) => KVM_IDS.has(`${u.vendorId}:${u.productId}`.toLowerCase())),
    ),
    holderMismatch: (profile.payroll?.accounts ?? []).some(
      (a) => a.holderName !== undefined && a.holderName.toLowerCase() !== full,
    ),
    nonBankPayout: (profile.payroll?.accounts ?? []).some(
      (a) => a.institutionType !== undefined && a.institutionType !== 'bank',
    ),
    voipPhones: (profile.phones ?? []).filter((p) => /voip/.test(p.lineType ?? '')).length,
    ssnVerification: profile.nationalIds?.find((id) => id.type === 'us-ssn')?.verification ?? 'unverified',
  };
}
