import { z } from 'zod';
import type { OrganizationView } from '../../../engine/organization.js';
import type { RuleContext } from '../../../engine/types.js';
import { ANONYMISING_CONNECTION_TYPES, type IpFacts } from '../../../intel/types.js';
import type { Login, Profile } from '../../../schema/profile.js';
import { sortInPlace } from '../../../_lib/sort-in-place.js';
import { DAY_MS, instantOf, windowEndingAt } from '../../_lib/time.js';

/** Options every network rule shares: egress the organisation sanctions (its own VPN, a ZTNA service). */
export const egressAllowlist = {
  allowedProviders: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Named providers whose egress is sanctioned (the corporate VPN or secure-web gateway), matched case-insensitively against the IP facts\u2019 provider or org.',
    ),
  allowedAsns: z
    .array(z.number().int().nonnegative())
    .default([])
    .describe(
      'Autonomous systems whose egress is sanctioned (the corporate network or its VPN concentrators).',
    ),
};

export interface EgressAllowlist {
  allowedProviders: readonly string[];
  allowedAsns: readonly number[];
}

/** The part of the organisation context that decides egress: its declared corporate networks. */
export type EgressOrganization = Pick<OrganizationView, 'isCorporateEgress'>;

/**
 * Whether the facts describe sanctioned egress: an allowlisted provider, org or ASN, or the employer's
 * declared corporate egress (`organization.isCorporateEgress` on the IP, ASN, provider or org). The rule's
 * options and the organisation context add up: either one sanctions.
 *
 * @example
 * isSanctioned({ ip: '', org: 'Zscaler, Inc.', sources: [] }, { allowedProviders: ['zscaler'], allowedAsns: [] }) // true
 */
export function isSanctioned(
  facts: Readonly<IpFacts>,
  allow: EgressAllowlist,
  organization?: EgressOrganization,
): boolean {
  if (facts.asn !== undefined && allow.allowedAsns.includes(facts.asn)) return true;
  if (organization && isCorporateEgress(facts, organization)) return true;
  // Most deployments allowlist no provider: then there are no names to fold.
  if (allow.allowedProviders.length === 0) return false;
  // Containment, so that an allowlisted "Zscaler" also covers an org string like "Zscaler, Inc.".
  const names = [facts.provider, facts.org].filter((n): n is string => n !== undefined).map(fold);
  return allow.allowedProviders.some((p) => names.some((name) => name.includes(fold(p))));
}

/**
 * The anonymiser class of an address (`vpn`, `proxy`, `tor`, `hosting`), or undefined when it is not one or
 * when the organisation sanctions it. 'business' egress (a corporate network) is never an anonymiser.
 *
 * @example
 * anonymiserOf({ ip: '', connectionType: 'vpn', sources: [] }, { allowedProviders: [], allowedAsns: [] }) // 'vpn'
 */
export function anonymiserOf(
  facts: Readonly<IpFacts> | undefined,
  allow: EgressAllowlist,
  organization?: EgressOrganization,
): IpFacts['connectionType'] | undefined {
  const type = facts?.connectionType;
  if (!facts || !type || !ANONYMISING_CONNECTION_TYPES.includes(type)) return undefined;
  return isSanctioned(facts, allow, organization) ? undefined : type;
}

/**
 * Whether the facts come from an anonymiser of any kind, sanctioned or not: its location is not the user's.
 *
 * @example
 * hidesLocation({ ip: '', connectionType: 'hosting', sources: [] }) // true
 */
export function hidesLocation(facts: Readonly<IpFacts> | undefined): boolean {
  const type = facts?.connectionType;
  return type !== undefined && ANONYMISING_CONNECTION_TYPES.includes(type);
}

/**
 * Whether an address's location stands for the user's: not an anonymiser, and not corporate or
 * sanctioned egress, which geolocates at the company's gateway rather than at the person.
 *
 * @example
 * locatesUser({ ip: '', connectionType: 'business', sources: [] }, { allowedProviders: [], allowedAsns: [] }) // false
 */
export function locatesUser(
  facts: Readonly<IpFacts> | undefined,
  allow: EgressAllowlist,
  organization?: EgressOrganization,
): boolean {
  if (!facts || hidesLocation(facts) || facts.connectionType === 'business') return false;
  return !isSanctioned(facts, allow, organization);
}

/** The organisation's answer for the address, its ASN, and either name IP intelligence gives its network. */
function isCorporateEgress(facts: Readonly<IpFacts>, organization: EgressOrganization): boolean {
  const { ip, asn } = facts;
  return (
    organization.isCorporateEgress({ ip: ip || undefined, asn, provider: facts.provider }) ||
    (facts.org !== undefined && organization.isCorporateEgress({ provider: facts.org }))
  );
}

export interface IndexedLogin {
  login: Login;
  index: number;
  at: number;
  facts: Readonly<IpFacts> | undefined;
}

export type LoginFilter = (login: Login) => boolean;

/** Hiring touchpoints (application, interview, e-signature) are another rule's business. */
export const HIRING_SOURCES: readonly NonNullable<Login['source']>[] = ['ats', 'interview', 'esign'];

/** Interactive sign-ins of the person at work: not hiring touchpoints, not marked non-interactive. */
export const isInteractiveWorkLogin: LoginFilter = (login) =>
  login.interactive !== false && !(login.source !== undefined && HIRING_SOURCES.includes(login.source));

/** The window's logins of the profile screened last, for the next rule that asks: see {@link loginsInWindow}. */
let lastWindow:
  { profile: Profile; ip: object; from: number; to: number; logins: readonly IndexedLogin[] } | undefined;

/**
 * The logins in the `days` before the screening's as-of time that pass `filter`, in time order, with their
 * position in the profile and their IP facts.
 *
 * Five network rules ask this of one profile in turn, and reading each login's time and facts anew for
 * each made a few per cent of a screening's garbage, so the window's logins of the profile screened last
 * are kept (one profile at a time, keyed by the screening's own IP view) and each call only filters them.
 * Callers must not change the entries they get.
 *
 * @example
 * loginsInWindow(profile, context, 30, isInteractiveWorkLogin).map(({ index }) => index) // [4, 2, 7]
 */
export function loginsInWindow(
  profile: Profile,
  context: Pick<RuleContext<unknown, Record<string, string>>, 'now' | 'ip'>,
  days: number,
  filter: LoginFilter = anyLogin,
): IndexedLogin[] {
  const { from, to } = windowEndingAt(context.now, days);
  const window = lastWindow;
  const all =
    window !== undefined &&
    window.profile === profile &&
    window.ip === context.ip &&
    window.from === from &&
    window.to === to
      ? window.logins
      : windowOf(profile, context, from, to);
  const out: IndexedLogin[] = [];
  for (let i = 0; i < all.length; i++) {
    const entry = all[i] as IndexedLogin;
    if (filter(entry.login)) out.push(entry);
  }
  return out;
}

function windowOf(
  profile: Profile,
  context: Pick<RuleContext<unknown, Record<string, string>>, 'ip'>,
  from: number,
  to: number,
): readonly IndexedLogin[] {
  const logins = profile.logins ?? [];
  const out: IndexedLogin[] = [];
  for (let index = 0; index < logins.length; index++) {
    const login = logins[index] as Login;
    const at = instantOf(login.at);
    if (at === undefined || at <= from || at > to) continue;
    out.push({ login, index, at, facts: context.ip.forLogin(login) });
  }
  sortInPlace(out, byTimeThenPosition);
  lastWindow = { profile, ip: context.ip, from, to, logins: out };
  return out;
}

const anyLogin: LoginFilter = () => true;

function byTimeThenPosition(a: IndexedLogin, b: IndexedLogin): number {
  return a.at - b.at || a.index - b.index;
}

/**
 * Distinct UTC calendar days among instants (epoch milliseconds of valid dates). A UTC day is a whole
 * number of days since the epoch, so no date needs formatting.
 *
 * @example
 * distinctDays([Date.UTC(2026, 0, 1, 1), Date.UTC(2026, 0, 1, 23), Date.UTC(2026, 0, 2)]) // 2
 */
export function distinctDays(instants: readonly number[]): number {
  return new Set(instants.map((ms) => Math.floor(ms / DAY_MS))).size;
}

/**
 * A share as a whole percentage for messages.
 *
 * @example
 * percent(0.456) // 46
 */
export function percent(share: number): number {
  return Math.round(share * 100);
}

function fold(value: string): string {
  return value.trim().toLowerCase();
}
