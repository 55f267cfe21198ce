import { defineRule } from '../../../engine/define-rule.js';
import type { FindingDetails, Placeholders, Rule, RuleMeta, Severity } from '../../../engine/types.js';
import type { OrganizationView } from '../../../engine/organization.js';
import type { LinkAttribute, LinkLookup, LinkMatch } from '../../../links/lookup.js';
import { networkKey } from '../../../normalize/ip.js';
import type { Profile } from '../../../schema/profile.js';
import { valueAt } from './at-path.js';
import type { EvidenceBasis, EvidenceLevel } from '../../../scoring/evidence.js';

/** Names shown in a message before "and N more"; `related` always lists them all. */
const SHOWN = 5;

/** "p2, p3 and 4 more" */
export function othersText(ids: readonly string[]): string {
  if (ids.length <= SHOWN) return ids.join(', ');
  return `${ids.slice(0, SHOWN).join(', ')} and ${ids.length - SHOWN} more`;
}

/** The evidence every link finding carries: counts and the masked key, never the raw value. */
export function linkEvidence(match: LinkMatch): Record<string, unknown> {
  const evidence: Record<string, unknown> = {
    attribute: match.attribute,
    displayKey: match.displayKey,
    identityCount: match.identityCount,
    organizationCount: match.organizationCount,
  };
  if (match.attribute === 'home-address' || match.attribute === 'shipping-address') {
    evidence.residentCount = match.residentCount;
    evidence.shipOnlyCount = match.shipOnlyCount;
    evidence.commercial = match.commercial;
  }
  if (match.similarity !== undefined) evidence.similarity = match.similarity;
  if (match.otherEmployers !== undefined) evidence.otherEmployers = match.otherEmployers;
  return evidence;
}

/**
 * The others as a message lists them, with the count of other employers of the exchange group that
 * carry the key too: a number only, since an exchange never says who they are.
 */
export function othersWithElsewhereText(match: LinkMatch): string {
  const others = othersText(match.profileIds);
  const employers = match.otherEmployers;
  if (employers === undefined) return others;
  return `${others}; also held at ${employers} other employer${employers === 1 ? '' : 's'} of the exchange group`;
}

/** What a flagged match's finding says: the key, the others, its evidence level and the verdict's weight. */
function sharedDetails(
  match: LinkMatch,
  level: string,
  clusterId: string | undefined,
): FindingDetails & { data: Record<string, unknown> } {
  const details: FindingDetails & { data: Record<string, unknown> } = {
    data: {
      key: match.displayKey,
      count: match.identityCount,
      others: othersWithElsewhereText(match),
      organizations: match.organizationCount,
    },
    path: match.path,
    evidence: linkEvidence(match),
    related: match.profileIds,
    level,
  };
  if (clusterId !== undefined) details.clusterId = clusterId;
  // The level says the severity; the verdict's points still serve the noisy-OR strategy.
  if (match.weight !== undefined) details.weight = match.weight;
  return details;
}

/** One strength of a shared key, with the test that picks it; the first level whose test passes applies. */
export interface LinkLevel extends EvidenceLevel {
  id: string;
  severity: Severity;
  /** `corroborated`: some of the match's other carriers also share another physical tie with the profile. */
  applies(match: LinkMatch, corroborated: boolean): boolean;
}

/** A level spec in one call: id, severity, ratio, the judgement behind it, what was seen and its test. */
export function linkLevel(
  id: string,
  severity: Severity,
  likelihoodRatio: number,
  basis: EvidenceBasis,
  description: string,
  applies: (match: LinkMatch, corroborated: boolean) => boolean,
): LinkLevel {
  return { id, severity, likelihoodRatio, basis, description, applies };
}

export const judgement = (note: string): EvidenceBasis => ({ kind: 'judgement', note });

/** The level of a flagged match: the first that applies, else the last (the catch-all). */
export function levelOf(levels: readonly LinkLevel[], match: LinkMatch, corroborated = false): string {
  return (
    levels.find((level) => level.applies(match, corroborated)) ?? (levels[levels.length - 1] as LinkLevel)
  ).id;
}

/**
 * Whether any of the match's other carriers also shares a key of one of `attributes` with the profile
 * (the farm's residential line, its pay account, a device): a tie of another kind between the same
 * people. A shared line counts only when most of the profile's own sign-ins come from it: at a farm the
 * laptop is there, while someone who picks a laptop up at a coworking desk or an office also signs in
 * from home. Asked only for a flagged match, which is rare.
 */
function corroborates(
  links: LinkLookup,
  profile: Profile,
  match: LinkMatch,
  attributes: readonly LinkAttribute[],
): boolean {
  const others = new Set(match.profileIds);
  for (const attribute of attributes)
    for (const other of links.matchesFor(profile, attribute)) {
      if (other.severity === undefined || !other.profileIds.some((id) => others.has(id))) continue;
      if (attribute !== 'login-network' || livesOnNetwork(profile, other.path)) return true;
    }
  return false;
}

/** Connections that are not a place's own line: they never count for or against one. */
const NOT_A_LINE = new Set(['mobile', 'business', 'hosting', 'vpn', 'proxy', 'tor']);

/**
 * Share of fixed-line sign-ins from which the laptop reads as living on a line. A farm's laptops never
 * leave it, so all their fixed-line sign-ins come from it; someone who works most days at a coworking
 * space or an office still signs in from home now and then. Half was too low: a coworking member whose
 * home sign-ins went through the employer's VPN (not a line) read as living at the coworking space.
 */
const LIVES_ON_SHARE = 0.8;

/** Whether at least four in five of the profile's sign-ins on fixed lines come from the network of the login at `path`. */
export function livesOnNetwork(profile: Profile, path: string): boolean {
  const ip = valueAt(profile, path);
  const shared = typeof ip === 'string' ? networkKey(ip) : undefined;
  if (shared === undefined) return false;
  let from = 0;
  let all = 0;
  for (const login of profile.logins ?? []) {
    if (!login.ip || NOT_A_LINE.has(login.geo?.connectionType ?? '')) continue;
    all++;
    if (networkKey(login.ip) === shared) from++;
  }
  return all > 0 && from >= LIVES_ON_SHARE * all;
}

/** The levels as `meta.levels` takes them. */
export function metaLevels(levels: readonly LinkLevel[]): Record<string, EvidenceLevel> {
  return Object.fromEntries(
    levels.map(({ id, severity, likelihoodRatio, basis, description }) => [
      id,
      { description, likelihoodRatio, basis, severity },
    ]),
  );
}

/** The placeholders a shared-key finding fills. */
type SharedPlaceholder = 'key' | 'count' | 'others' | 'organizations';

/** `unknown` when the message names only placeholders the rule fills; else `never`, a compile error at the rule. */
type FilledBySharedKey<Message extends string> = [Exclude<Placeholders<Message>, SharedPlaceholder>] extends [
  never,
]
  ? unknown
  : never;

/** The `meta` a shared-key rule writes; the helper adds its category, levels, requirements and `needs`. */
export type SharedKeyMeta<Message extends string> = Omit<
  RuleMeta<Record<string, never>, { shared: Message }>,
  'category' | 'levels' | 'defaultLevel' | 'requires' | 'reads' | 'needs' | 'options' | 'messages'
> & {
  /** Placeholders: key, count, others, organizations. */
  messages: { shared: Message & FilledBySharedKey<Message> };
};

export interface SharedKeyRuleSpec<Message extends string> {
  id: string;
  attribute: LinkAttribute;
  meta: SharedKeyMeta<Message>;
  /**
   * The strengths of evidence a flagged match can have, most specific first; the last is the catch-all
   * and the default. Each finding's severity is its level's.
   */
  levels: readonly LinkLevel[];
  /** Whether the profile carries the data at all; when not, the rule is skipped naming `missing`. */
  present(profile: Profile): boolean;
  missing: string;
  /**
   * Whether the employer declared the shared key its own (an office, corporate egress): then it is
   * not a finding however many staff share it.
   */
  ownedByOrganization?(profile: Profile, match: LinkMatch, organization: OrganizationView): boolean;
  /**
   * Ties of other kinds that corroborate a shared key when some of the same people share them too (a
   * shipping address and the residential line its laptops sign in from): levels can ask for it.
   */
  corroboratedBy?: readonly LinkAttribute[];
  /**
   * Whether the shared key is where the profile's equipment lives rather than a place it passes through
   * (for a login network: at least four in five of its fixed-line sign-ins come from it). Levels read it as `corroborated`.
   */
  anchored?(profile: Profile, match: LinkMatch): boolean;
}

/** The profile fields each attribute's link keys are drawn from (`src/links/keys.ts`), for `meta.reads`. */
const ATTRIBUTE_FIELDS: Readonly<Record<LinkAttribute, readonly string[]>> = {
  'shipping-address': ['addresses', 'devices[].shippedTo'],
  'home-address': ['addresses'],
  'bank-account': ['payroll.accounts[].routingNumber', 'payroll.accounts[].accountNumber'],
  phone: ['phones[].number', 'claimed.country'],
  email: ['emails[].address'],
  'device-serial': ['devices[].serial', 'devices[].reportedSerial'],
  'login-network': ['logins[].ip'],
  'photo-hash': ['photoHash'],
  resume: ['resumeText'],
  ssn: ['nationalIds[].value'],
  'reference-phone': ['references[].phone', 'references[].employer', 'claimed.country'],
  'reference-email': ['references[].email', 'references[].employer'],
};

/**
 * A rule that reports each key of one attribute that other profiles share, at the severity the link
 * policy gives the count of distinct identities (households, allowlisted places and hub keys excluded
 * by the index). Findings name the other profiles and the cluster.
 *
 * @example
 * const sharedFax = sharedKeyRule({
 *   id: 'acme/shared-fax',
 *   attribute: 'phone',
 *   meta: { ...meta, messages: { shared: 'Fax {{key}} is also on {{others}}.' } },
 *   levels: [linkLevel('shared', 'medium', 5, judgement('Two people rarely share a fax.'), 'Shared.', () => true)],
 *   present: (profile) => (profile.phones ?? []).length > 0,
 *   missing: 'phone numbers (phones)',
 * });
 */
export function sharedKeyRule<const Message extends string>(
  spec: SharedKeyRuleSpec<Message>,
): Rule<Record<string, never>, { shared: string }> {
  const { levels } = spec;
  return defineRule<Record<string, never>, { shared: string }>({
    id: spec.id,
    meta: {
      ...spec.meta,
      category: 'links',
      levels: metaLevels(levels),
      defaultLevel: (levels[levels.length - 1] as LinkLevel).id,
      requires: [],
      reads: ATTRIBUTE_FIELDS[spec.attribute],
      needs: ['links'],
    },
    check(profile, context) {
      const links = context.links;
      // Only narrows the type: `needs: ['links']` has the engine skip the rule when there is no index.
      if (links === undefined) return undefined;
      if (!spec.present(profile)) return context.skip(spec.missing);
      const flagged = links
        .matchesFor(profile, spec.attribute)
        .filter(
          (match) =>
            match.severity !== undefined && !spec.ownedByOrganization?.(profile, match, context.organization),
        );
      if (flagged.length === 0) return undefined;
      const clusterId = links.clusterOf(profile.id)?.id;
      const corroboratedBy = spec.corroboratedBy ?? [];
      return flagged.map((match) => {
        const corroborated =
          spec.anchored?.(profile, match) ??
          (corroboratedBy.length > 0 && corroborates(links, profile, match, corroboratedBy));
        return context.finding(
          'shared',
          sharedDetails(match, levelOf(levels, match, corroborated), clusterId),
        );
      });
    },
  });
}
