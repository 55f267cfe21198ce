import { FingerprintTable } from '../_lib/fingerprint-table.js';
import { hash64Into } from '../links/_lib/hash.js';
import { compareCodeUnits } from '../_lib/sort-in-place.js';
import { learningFactsOf, type LearningFacts, type OrganizationAddress } from './_lib/learning-facts.js';
import type { Profile } from '../schema/profile.js';
import type { IdentityCheckPractice, OrganizationContext } from './organization.js';

/** How much of one employer's staff must share something before it counts as that employer's standard. */
export interface LearnOptions {
  /** Employers with fewer screened staff than this learn nothing (default 10). */
  minStaff?: number;
  /** People who must share it (default 5). */
  minPeople?: number;
  /** Share of the employer's staff whose laptops carry a tool (default 0.5). */
  toolShare?: number;
  /** Share of its staff behind one egress network or provider, from as many different homes (default 0.2). */
  egressShare?: number;
  /** Share of its staff who ship equipment to one building (default 0.2). */
  officeShare?: number;
  /** Most of a building's recipients must be this employer's staff: at most this share from elsewhere (default 0.2). */
  maxOutsiders?: number;
  /**
   * Share of its remote hires (candidates not counted) with an identity check on record that were checked the same way, live
   * or not live, before that way counts as its practice (default 0.9).
   */
  identityCheckShare?: number;
}

export type StandardKind =
  'remote-tool' | 'vpn-client' | 'egress-provider' | 'egress-network' | 'office' | 'identity-check';

/** Something one employer's staff share widely enough to be its standard, and the counts behind it. */
export interface LearnedStandard {
  organizationId: string;
  kind: StandardKind;
  /** A catalog id, a provider name, a CIDR block, an address in words, or `live` / `automated`. */
  value: string;
  /** For an office: the address as fields, what `offices` in an organisation context takes. */
  address?: OrganizationAddress;
  /** Staff of the organisation who share it. */
  people: number;
  /** The organisation's screened staff. */
  staff: number;
  /** In words, for the screening: "treated as org-x's standard: 61 of 80 laptops carry it". */
  explanation: string;
}

export interface LearnedBaselines {
  standards: LearnedStandard[];
  /** The same as organisation contexts, a configuration a person can review and keep. */
  contexts: Record<string, OrganizationContext>;
}

/** Staff of one employer behind one egress network or provider, and the distinct homes they sign in from. */
interface EgressTally {
  people: number;
  homes: number;
}

interface OrgTally {
  staff: number;
  /** Staff whose laptops carry each tool or VPN client. */
  tools: Map<string, number>;
  vpnClients: Map<string, number>;
  /** By provider name in lower case, with the name as first given. */
  providers: Map<string, { tally: EgressTally; name: string }>;
  /**
   * Networks at least two of its people sign in from (any network, when one person can be a standard);
   * a network with one person so far is only a fingerprint in the learner's `lines`.
   */
  networks: Map<string, EgressTally>;
  /** `id NUL`: what its keys' fingerprints begin with. */
  prefix: string;
  /** Remote hires whose identity was checked live, and those with checks on record none of them live. */
  checkedLive: number;
  checkedNotLive: number;
}

const DEFAULTS: Required<LearnOptions> = {
  minStaff: 10,
  minPeople: 5,
  toolShare: 0.5,
  egressShare: 0.2,
  officeShare: 0.2,
  maxOutsiders: 0.2,
  identityCheckShare: 0.9,
};

/**
 * Learns each employer's standard from its own staff in a roster: a remote-support tool on most of its
 * laptops, an egress network or VPN provider many of its staff use from many different homes, a
 * building many of its staff receive equipment at and few others do. Counts are per employer, so what
 * many employers share with a few staff each (a laptop farm's shape) is never learned.
 *
 * @example
 * const learner = new BaselineLearner();
 * for (const profile of roster) learner.add(profile);
 * const { standards, contexts } = learner.learn();
 * createScreener({ organizations: contexts });
 */
export class BaselineLearner {
  private readonly options: Required<LearnOptions>;
  private readonly orgs = new Map<string, OrgTally>();
  /**
   * Per organisation and network without a tally in the organisation's `networks`, by fingerprint: the
   * fingerprint its one person's home has in `homes`. Most networks are one person's home line; at a
   * million profiles, a string and an object each for them were a third of a gigabyte of the main
   * thread's heap (docs/performance.md, *Fourteenth round*).
   */
  private readonly lines = new FingerprintTable(2);
  /**
   * The homes counted in each tally of `providers` and `networks`: fingerprints of `organisation NUL
   * network NUL home` (`SOH` in place of the second `NUL` for a provider), a set in typed arrays.
   */
  private readonly homes = new FingerprintTable(0);
  /** Recipients per building (any organisation), by fingerprint of its key. */
  private readonly buildings = new FingerprintTable(1);
  /** Recipients per organisation and building, by fingerprint. */
  private readonly atBuilding = new FingerprintTable(1);
  /**
   * The counts of `atBuilding` that reached `minPeople`, keyed `building key NUL organisation id`: only
   * these can make an office standard.
   */
  private readonly recipients = new Map<string, number>();
  /** People who make a network's tally an object in `networks` (below, a fingerprint in `lines`). */
  private readonly networkFrom: number;
  private readonly fingerprint = new Uint32Array(2);
  /** An address to show, kept for a building once one organisation has `minPeople` recipients there. */
  private readonly displays = new Map<string, OrganizationAddress>();

  constructor(options: LearnOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    // A network with one person can only be a standard when one person is enough.
    this.networkFrom = this.options.minPeople <= 1 ? 1 : 2;
  }

  /** Counts one profile of the roster, once: see {@link BaselineLearner.addFacts}. */
  add(profile: Profile): void {
    const facts = learningFactsOf(profile);
    if (facts) this.addFacts(facts);
  }

  /**
   * Counts what `learningFactsOf` found in one profile: the same as `add(profile)`, for facts taken from
   * the profile elsewhere (a worker thread that read it). Each call is one more person, as the staff
   * count has always taken it, so add each profile once: a roster's duplicate ids are rejected first.
   *
   * @example
   * const facts = learningFactsOf(profile);
   * if (facts) learner.addFacts(facts);
   */
  addFacts(facts: LearningFacts): void {
    const { organizationId: orgId, person, home } = facts;
    let org = this.orgs.get(orgId);
    if (!org) {
      org = {
        staff: 0,
        tools: new Map(),
        vpnClients: new Map(),
        providers: new Map(),
        networks: new Map(),
        prefix: `${orgId}\u0000`,
        checkedLive: 0,
        checkedNotLive: 0,
      };
      this.orgs.set(orgId, org);
    }
    org.staff++;
    if (facts.identityCheck === 'live') org.checkedLive++;
    else if (facts.identityCheck === 'not-live') org.checkedNotLive++;
    for (const tool of firstOfEach(facts.tools, same)) countIn(org.tools, tool);
    for (const client of firstOfEach(facts.vpnClients, same)) countIn(org.vpnClients, client);
    const place = home ?? person;
    for (const name of firstOfEach(facts.providers, lowerCase)) {
      const key = name.toLowerCase();
      let counter = org.providers.get(key);
      if (!counter) org.providers.set(key, (counter = { tally: { people: 0, homes: 0 }, name }));
      this.countPerson(counter.tally, `${org.prefix}${key}\u0001`, place);
    }
    for (const network of firstOfEach(facts.networks, same)) this.countLine(org, network, place);
    for (const destination of firstOfEach(facts.destinations, buildingOf))
      this.countRecipient(orgId, org, destination);
  }

  /** One more person behind an egress network or provider, from `place`; `prefix` is the tally's. */
  private countPerson(tally: EgressTally, prefix: string, place: string): void {
    const { homes, fingerprint } = this;
    tally.people++;
    hash64Into(prefix, place, fingerprint);
    homes.slotOf(fingerprint[0] as number, fingerprint[1] as number);
    if (homes.added) tally.homes++;
  }

  /** One more person of `org` behind `network`, from `place` (their home, or the person). */
  private countLine(org: OrgTally, network: string, place: string): void {
    const { lines, homes, fingerprint } = this;
    const prefix = `${org.prefix}${network}\u0000`;
    let tally = org.networks.get(network);
    if (!tally) {
      if (this.networkFrom > 1) {
        hash64Into(org.prefix, network, fingerprint);
        const slot = lines.slotOf(fingerprint[0] as number, fingerprint[1] as number);
        if (lines.added) {
          hash64Into(prefix, place, fingerprint);
          lines.setWord(slot, 0, fingerprint[0] as number);
          lines.setWord(slot, 1, fingerprint[1] as number);
          return;
        }
        // The second person: the network gets its tally, and the first one's home joins the homes counted.
        homes.slotOf(lines.word(slot, 0), lines.word(slot, 1));
        tally = { people: 1, homes: 1 };
      } else tally = { people: 0, homes: 0 };
      org.networks.set(network, tally);
    }
    this.countPerson(tally, prefix, place);
  }

  /** One more recipient of `org`'s equipment at a building. */
  private countRecipient(orgId: string, org: OrgTally, { building, address }: Destination): void {
    const { buildings, atBuilding, fingerprint } = this;
    hash64Into('', building, fingerprint);
    const total = buildings.slotOf(fingerprint[0] as number, fingerprint[1] as number);
    buildings.setWord(total, 0, buildings.word(total, 0) + 1);
    hash64Into(org.prefix, building, fingerprint);
    const slot = atBuilding.slotOf(fingerprint[0] as number, fingerprint[1] as number);
    const people = atBuilding.word(slot, 0) + 1;
    atBuilding.setWord(slot, 0, people);
    if (people < this.options.minPeople) return;
    this.recipients.set(`${building}\u0000${orgId}`, people);
    if (!this.displays.has(building)) this.displays.set(building, clean(address));
  }

  /** Recipients at a building, from every organisation. */
  private recipientsAt(building: string): number {
    const { buildings, fingerprint } = this;
    hash64Into('', building, fingerprint);
    return buildings.word(buildings.slotOf(fingerprint[0] as number, fingerprint[1] as number), 0);
  }

  learn(): LearnedBaselines {
    const o = this.options;
    const standards: LearnedStandard[] = [];
    const push = (
      organizationId: string,
      kind: StandardKind,
      value: string,
      people: number,
      staff: number,
      what: string,
      address?: OrganizationAddress,
      population = 'screened staff',
    ) =>
      standards.push({
        organizationId,
        kind,
        value,
        ...(address && { address }),
        people,
        staff,
        explanation: `treated as ${organizationId}'s standard: ${people} of its ${staff} ${population} ${what}`,
      });
    for (const [orgId, org] of [...this.orgs].sort(byKey)) {
      if (org.staff < o.minStaff) continue;
      const enough = (people: number, share: number) => people >= o.minPeople && people / org.staff >= share;
      for (const [tool, people] of [...org.tools].sort(byKey))
        if (enough(people, o.toolShare))
          push(orgId, 'remote-tool', tool, people, org.staff, `have ${tool} on their laptops`);
      for (const [client, people] of [...org.vpnClients].sort(byKey))
        if (enough(people, o.toolShare))
          push(orgId, 'vpn-client', client, people, org.staff, `have the ${client} client on their laptops`);
      for (const [, { tally, name }] of [...org.providers].sort(byKey)) {
        const { people, homes } = tally;
        if (enough(people, o.egressShare) && homes >= o.minPeople)
          push(
            orgId,
            'egress-provider',
            name,
            people,
            org.staff,
            `sign in through ${name} from ${homes} different homes`,
          );
      }
      for (const [network, tally] of [...org.networks].sort(byKey)) {
        const { people, homes } = tally;
        if (enough(people, o.egressShare) && homes >= o.minPeople)
          push(
            orgId,
            'egress-network',
            network,
            people,
            org.staff,
            `sign in from ${network} from ${homes} different homes`,
          );
      }
      const checked = org.checkedLive + org.checkedNotLive;
      for (const [practice, people, how] of [
        ['live', org.checkedLive, 'were checked live, in person or on video'],
        ['automated', org.checkedNotLive, 'had only checks no person watched'],
      ] as const)
        if (checked >= o.minStaff && people >= o.minPeople && people / checked >= o.identityCheckShare)
          push(
            orgId,
            'identity-check',
            practice,
            people,
            checked,
            how,
            undefined,
            'screened remote hires with an identity check on record',
          );
    }
    for (const [building, byOrg] of [...groupByBuilding(this.recipients, this.displays)].sort(byKey)) {
      const display = this.displays.get(building) as OrganizationAddress;
      const total = this.recipientsAt(building);
      for (const [orgId, people] of byOrg.sort(byKey)) {
        const staff = this.orgs.get(orgId)?.staff ?? 0;
        if (staff < o.minStaff || people < o.minPeople || people / staff < o.officeShare) continue;
        if ((total - people) / total > o.maxOutsiders) continue;
        const shown = [display.line1, display.city, display.region].filter(Boolean).join(', ');
        push(orgId, 'office', shown, people, staff, `receive equipment at ${shown}`, display);
      }
    }
    return { standards, contexts: contextsOf(standards) };
  }
}

/** Buildings with an address to show (some organisation has enough recipients there): recipients by organisation. */
function groupByBuilding(
  recipients: ReadonlyMap<string, number>,
  displays: ReadonlyMap<string, OrganizationAddress>,
): Map<string, Array<[string, number]>> {
  const out = new Map<string, Array<[string, number]>>();
  for (const [key, people] of recipients) {
    const cut = key.lastIndexOf('\u0000');
    const building = key.slice(0, cut);
    if (!displays.has(building)) continue;
    const list = out.get(building);
    const entry: [string, number] = [key.slice(cut + 1), people];
    if (list) list.push(entry);
    else out.set(building, [entry]);
  }
  return out;
}

export type { OrganizationAddress };

function contextsOf(standards: readonly LearnedStandard[]): Record<string, OrganizationContext> {
  const contexts: Record<string, OrganizationContext> = {};
  for (const s of standards) {
    const context = (contexts[s.organizationId] ??= {});
    if (s.kind === 'remote-tool') (context.sanctionedRemoteTools ??= []).push(s.value);
    else if (s.kind === 'vpn-client') (context.sanctionedVpnClients ??= []).push(s.value);
    else if (s.kind === 'egress-provider') ((context.corporateEgress ??= {}).providers ??= []).push(s.value);
    else if (s.kind === 'egress-network') ((context.corporateEgress ??= {}).networks ??= []).push(s.value);
    else if (s.kind === 'identity-check') context.identityCheck = s.value as IdentityCheckPractice;
    else if (s.address) (context.offices ??= []).push(s.address);
  }
  return contexts;
}

/** An address without its empty fields: the office as shown and as an organisation context keeps it. */
function clean(address: OrganizationAddress): OrganizationAddress {
  const out: OrganizationAddress = {};
  for (const [key, value] of Object.entries(address))
    if (value) out[key as keyof OrganizationAddress] = value;
  return out;
}

function countIn(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The items of a list whose key comes first in it, in order: one profile is one person, however many of
 * its logins, laptops or shipments name the same line, tool or building.
 */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string): readonly T[] {
  if (items.length < 2) return items;
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const same = (value: string): string => value;
const lowerCase = (value: string): string => value.toLowerCase();
type Destination = LearningFacts['destinations'][number];
const buildingOf = (destination: Destination): string => destination.building;

const byKey = <T>(a: [string, T], b: [string, T]): number => compareCodeUnits(a[0], b[0]);
