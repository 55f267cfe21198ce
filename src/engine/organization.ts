import { z } from 'zod';
import { CidrIndex } from '../intel/cidr-index.js';
import { REMOTE_ACCESS_TOOLS } from '../intel/catalogs/remote-access-tools.js';
import { VPN_PROVIDERS } from '../intel/catalogs/vpn-providers.js';
import { normalizeAddress, type AddressInput } from '../normalize/address.js';
import { foldText } from '../normalize/_lib/fold.js';
import { ConfigError, formatPath, type Issue } from '../errors.js';
import { asn } from '../schema/primitives.js';
import type { LearnedStandard } from './learn-baselines.js';
import { suggest } from './suggest.js';

const officeAddress = z.strictObject({
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});
const OFFICE_KEYS = Object.keys(officeAddress.shape);
const EGRESS_KEYS = ['providers', 'asns', 'networks'];

const addressText = z.union([z.string().min(1), officeAddress]);

const names = z.array(z.string().min(1));

/** What one employer tells hirescreen about itself, so its standard equipment and places are not findings. */
export const organizationContextSchema = z.strictObject({
  /** Remote-access catalog ids its IT installs (its help-desk tool), e.g. `['teamviewer']`. */
  sanctionedRemoteTools: names.optional(),
  /** VPN-client catalog ids it deploys on its laptops. */
  sanctionedVpnClients: names.optional(),
  /** How its staff reach the Internet through the company: VPN provider names, ASNs, CIDR blocks. */
  corporateEgress: z
    .strictObject({
      providers: names.optional(),
      asns: z.array(asn).optional(),
      networks: names.optional(),
    })
    .optional(),
  /** Offices and coworking spaces it ships equipment to; an address without a unit covers the building. */
  offices: z.array(addressText).optional(),
  /** Payroll providers and pay-card programmes it pays through, as they appear on accounts. */
  payrollProviders: names.optional(),
  /**
   * How it checks a remote hire's identity: `live` (a person, in person or on live video, for every
   * remote hire) or `automated` (document checks that no person watches).
   */
  identityCheck: z.enum(['live', 'automated']).optional(),
});

export type OrganizationContext = z.input<typeof organizationContextSchema>;

/**
 * Organisation contexts by `organizationId`; the key `*` applies to every profile (a single employer
 * screening its own staff, or what every employer in a roster shares), merged under the profile's own.
 */
export type OrganizationContexts = Readonly<Record<string, OrganizationContext>>;

/** What a rule asks about the screened profile's employer. Everything answers false when nothing was declared. */
export interface OrganizationView {
  /** The organisation id whose context applies, `*` for the shared one, undefined for none. */
  readonly id: string | undefined;
  /** Whether anything was declared for this profile's employer. */
  readonly declared: boolean;
  isSanctionedRemoteTool(catalogId: string): boolean;
  isSanctionedVpnClient(catalogId: string): boolean;
  /** Whether egress with these facts is the employer's own: provider name, ASN or address. */
  isCorporateEgress(facts: {
    ip?: string | undefined;
    asn?: number | undefined;
    provider?: string | undefined;
  }): boolean;
  /** Whether an address is one of its offices (the same building, or the same unit when one was declared). */
  isOffice(address: AddressInput): boolean;
  isPayrollProvider(name: string): boolean;
  /** How it checks every remote hire's identity, when declared or learned: `live` or `automated`. */
  identityCheckPractice(): IdentityCheckPractice | undefined;
}

export type IdentityCheckPractice = NonNullable<z.output<typeof organizationContextSchema>['identityCheck']>;

const NOTHING: NotingView = Object.freeze({
  id: undefined,
  declared: false,
  isSanctionedRemoteTool: () => false,
  isSanctionedVpnClient: () => false,
  isCorporateEgress: () => false,
  isOffice: () => false,
  isPayrollProvider: () => false,
  identityCheckPractice: () => undefined,
  noteTo: () => {},
});

const KNOWN_IDS: Record<string, ReadonlySet<string>> = {
  sanctionedRemoteTools: new Set(REMOTE_ACCESS_TOOLS.entries.map((tool) => tool.id)),
  sanctionedVpnClients: new Set(VPN_PROVIDERS.entries.map((provider) => provider.id)),
};

interface Compiled {
  tools: Set<string>;
  vpnClients: Set<string>;
  providers: Set<string>;
  asns: Set<number>;
  networks: string[];
  officeUnits: Set<string>;
  officeBuildings: Set<string>;
  payroll: Set<string>;
  identityCheck: IdentityCheckPractice | undefined;
}

/**
 * Validates organisation contexts once, up front, and returns a function that gives each profile's view.
 * Every problem is thrown together as a `ConfigError` with its path; an unknown key or catalog id gets
 * a "did you mean".
 *
 * @example
 * const viewOf = compileOrganizations({ 'org-acme': { sanctionedRemoteTools: ['teamviewer'] } });
 * viewOf('org-acme').isSanctionedRemoteTool('teamviewer'); // true
 * viewOf('org-other').declared; // false
 */
export function compileOrganizations(
  contexts: OrganizationContexts | undefined,
  path = 'organizations',
  learned?: readonly LearnedStandard[],
): (organizationId: string | undefined) => NotingView {
  if (contexts === undefined && (learned === undefined || learned.length === 0)) return () => NOTHING;
  contexts ??= {};
  const issues: Issue[] = [];
  if (typeof contexts !== 'object' || contexts === null || Array.isArray(contexts)) {
    throw new ConfigError([
      { path, code: 'invalid_type', message: 'must be an object keyed by organisation id' },
    ]);
  }
  const parsed = new Map<string, Compiled>();
  for (const [id, context] of Object.entries(contexts)) {
    const at = `${path}.${id}`;
    const result = organizationContextSchema.safeParse(context);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(...describeIssue(at, issue));
      continue;
    }
    parsed.set(id, compileOne(result.data, at, issues));
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const shared = parsed.get('*');
  const learnedByOrg = new Map<string, LearnedStandard[]>();
  for (const standard of learned ?? []) {
    const list = learnedByOrg.get(standard.organizationId);
    if (list) list.push(standard);
    else learnedByOrg.set(standard.organizationId, [standard]);
  }
  const views = new Map<string, NotingView>();
  for (const id of new Set([...parsed.keys(), ...learnedByOrg.keys()])) {
    const own = parsed.get(id) ?? EMPTY;
    const compiled = shared && id !== '*' ? merge(shared, own) : own;
    views.set(id, viewOf(id, compiled, learnedByOrg.get(id) ?? [], parsed.has(id)));
  }
  const sharedView = views.get('*') ?? NOTHING;
  return (organizationId) => (organizationId !== undefined && views.get(organizationId)) || sharedView;
}

/**
 * An organisation view that can say, per screening, where it answered from something learned rather
 * than declared (`noteTo`): the engine points it at each screening's notes, so a learned standard is
 * never applied silently.
 */
export interface NotingView extends OrganizationView {
  noteTo(sink: string[] | undefined): void;
}

function describeIssue(at: string, issue: z.core.$ZodIssue): Issue[] {
  const where = issue.path.length > 0 ? `${at}.${formatPath(issue.path).replace(/^\./, '')}` : at;
  if (issue.code === 'unrecognized_keys') {
    // The keys of the object the stray key sits in: the context itself, its egress, or an office.
    const known =
      issue.path.length === 0
        ? Object.keys(organizationContextSchema.shape)
        : issue.path[0] === 'offices'
          ? OFFICE_KEYS
          : EGRESS_KEYS;
    return issue.keys.map((key) => {
      const hint = suggest(key, known);
      return {
        path: `${where}.${key}`,
        code: 'unknown_key',
        message: `unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''}`,
      };
    });
  }
  return [{ path: where, code: issue.code, message: issue.message }];
}

function compileOne(
  context: z.output<typeof organizationContextSchema>,
  at: string,
  issues: Issue[],
): Compiled {
  const ids = (key: 'sanctionedRemoteTools' | 'sanctionedVpnClients'): Set<string> => {
    const known = KNOWN_IDS[key] as ReadonlySet<string>;
    const out = new Set<string>();
    (context[key] ?? []).forEach((id, i) => {
      if (known.has(id)) out.add(id);
      else {
        const hint = suggest(id, known);
        issues.push({
          path: `${at}.${key}[${i}]`,
          code: 'unknown_catalog_id',
          message: `unknown catalog id "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
        });
      }
    });
    return out;
  };
  // In the order the keys are documented, so problems are listed that way too.
  const tools = ids('sanctionedRemoteTools');
  const vpnClients = ids('sanctionedVpnClients');
  const networks = context.corporateEgress?.networks ?? [];
  try {
    if (networks.length > 0) CidrIndex.from(networks.map((cidr) => [cidr, true] as const));
  } catch {
    issues.push({
      path: `${at}.corporateEgress.networks`,
      code: 'invalid_cidr',
      message: 'must be CIDR blocks, like 203.0.113.0/24',
    });
  }
  const officeUnits = new Set<string>();
  const officeBuildings = new Set<string>();
  (context.offices ?? []).forEach((office, i) => {
    const normal = normalizeAddress(office);
    if (!normal) {
      issues.push({
        path: `${at}.offices[${i}]`,
        code: 'invalid_address',
        message: 'could not be read as an address',
      });
      return;
    }
    if (normal.parts.units.length === 0) officeBuildings.add(normal.buildingKey);
    else officeUnits.add(normal.fullKey);
  });
  return {
    tools,
    vpnClients,
    providers: new Set((context.corporateEgress?.providers ?? []).map(foldName)),
    asns: new Set(context.corporateEgress?.asns ?? []),
    networks,
    officeUnits,
    officeBuildings,
    payroll: new Set((context.payrollProviders ?? []).map(foldName)),
    identityCheck: context.identityCheck,
  };
}

const EMPTY: Compiled = {
  tools: new Set(),
  vpnClients: new Set(),
  providers: new Set(),
  asns: new Set(),
  networks: [],
  officeUnits: new Set(),
  officeBuildings: new Set(),
  payroll: new Set(),
  identityCheck: undefined,
};

function merge(a: Compiled, b: Compiled): Compiled {
  const union = <T>(x: Set<T>, y: Set<T>) => new Set([...x, ...y]);
  return {
    tools: union(a.tools, b.tools),
    vpnClients: union(a.vpnClients, b.vpnClients),
    providers: union(a.providers, b.providers),
    asns: union(a.asns, b.asns),
    networks: [...a.networks, ...b.networks],
    officeUnits: union(a.officeUnits, b.officeUnits),
    officeBuildings: union(a.officeBuildings, b.officeBuildings),
    payroll: union(a.payroll, b.payroll),
    // The employer's own practice, when it declared one, over what every employer shares.
    identityCheck: b.identityCheck ?? a.identityCheck,
  };
}

/** Provider and payroll names compare folded: case, accents, punctuation and spacing aside. */
function foldName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What was learned for one organisation, as look-ups that return the explanation to note. */
interface Learned {
  tools: Map<string, string>;
  vpnClients: Map<string, string>;
  providers: Map<string, string>;
  networks: CidrIndex<string> | undefined;
  offices: Map<string, string>;
  identityCheck: { practice: IdentityCheckPractice; explanation: string } | undefined;
}

function learnedOf(standards: readonly LearnedStandard[]): Learned {
  const learned: Learned = {
    tools: new Map(),
    vpnClients: new Map(),
    providers: new Map(),
    networks: undefined,
    offices: new Map(),
    identityCheck: undefined,
  };
  const networks: Array<readonly [string, string]> = [];
  for (const s of standards) {
    if (s.kind === 'remote-tool') learned.tools.set(s.value, s.explanation);
    else if (s.kind === 'vpn-client') learned.vpnClients.set(s.value, s.explanation);
    else if (s.kind === 'egress-provider') learned.providers.set(foldName(s.value), s.explanation);
    else if (s.kind === 'egress-network') networks.push([s.value, s.explanation]);
    else if (s.kind === 'identity-check')
      learned.identityCheck = { practice: s.value as IdentityCheckPractice, explanation: s.explanation };
    else if (s.address) {
      const key = normalizeAddress(s.address)?.buildingKey;
      if (key) learned.offices.set(key, s.explanation);
    }
  }
  if (networks.length > 0) learned.networks = CidrIndex.from(networks);
  return learned;
}

function viewOf(
  id: string,
  c: Compiled,
  standards: readonly LearnedStandard[],
  declared: boolean,
): NotingView {
  const cidrs =
    c.networks.length > 0 ? CidrIndex.from(c.networks.map((cidr) => [cidr, true] as const)) : undefined;
  const learned = learnedOf(standards);
  let sink: string[] | undefined;
  /** True, noting the explanation once per screening, when a learned standard answered. */
  const noted = (explanation: string | undefined): boolean => {
    if (explanation === undefined) return false;
    if (sink && !sink.includes(explanation)) sink.push(explanation);
    return true;
  };
  const officeKey = (address: AddressInput) =>
    c.officeUnits.size + c.officeBuildings.size + learned.offices.size === 0
      ? undefined
      : normalizeAddress(address);
  return {
    id,
    declared: declared || standards.length > 0,
    isSanctionedRemoteTool: (catalogId: string) =>
      c.tools.has(catalogId) || noted(learned.tools.get(catalogId)),
    isSanctionedVpnClient: (catalogId: string) =>
      c.vpnClients.has(catalogId) || noted(learned.vpnClients.get(catalogId)),
    isCorporateEgress: (facts: {
      ip?: string | undefined;
      asn?: number | undefined;
      provider?: string | undefined;
    }) =>
      (facts.provider !== undefined && c.providers.has(foldName(facts.provider))) ||
      (facts.asn !== undefined && c.asns.has(facts.asn)) ||
      (facts.ip !== undefined && cidrs?.lookup(facts.ip) === true) ||
      (facts.provider !== undefined && noted(learned.providers.get(foldName(facts.provider)))) ||
      (facts.ip !== undefined && noted(learned.networks?.lookup(facts.ip))),
    isOffice: (address: AddressInput) => {
      const normal = officeKey(address);
      if (normal === undefined) return false;
      return (
        c.officeBuildings.has(normal.buildingKey) ||
        c.officeUnits.has(normal.fullKey) ||
        noted(learned.offices.get(normal.buildingKey))
      );
    },
    isPayrollProvider: (name: string) => c.payroll.has(foldName(name)),
    identityCheckPractice: () => {
      if (c.identityCheck !== undefined) return c.identityCheck;
      const learnedPractice = learned.identityCheck;
      return learnedPractice && noted(learnedPractice.explanation) ? learnedPractice.practice : undefined;
    },
    noteTo(next: string[] | undefined) {
      sink = next;
    },
  };
}
