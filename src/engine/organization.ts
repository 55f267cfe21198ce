import { z } from 'zod';
import { CidrIndex } from '../intel/cidr-index.js';
import { REMOTE_ACCESS_TOOLS } from '../intel/catalogs/remote-access-tools.js';
import { VPN_PROVIDERS } from '../intel/catalogs/vpn-providers.js';
import { normalizeAddress, type AddressInput } from '../normalize/address.js';
import { foldText } from '../normalize/_lib/fold.js';
import { ConfigError, formatPath, type Issue } from './errors.js';
import { suggest } from './suggest.js';

const addressText = z.union([
  z.string().min(1),
  z.strictObject({
    line1: z.string().optional(),
    line2: z.string().optional(),
    city: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
  }),
]);

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
      asns: z.array(z.number().int().positive()).optional(),
      networks: names.optional(),
    })
    .optional(),
  /** Offices and coworking spaces it ships equipment to; an address without a unit covers the building. */
  offices: z.array(addressText).optional(),
  /** Payroll providers and pay-card programmes it pays through, as they appear on accounts. */
  payrollProviders: names.optional(),
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
}

const NOTHING: OrganizationView = Object.freeze({
  id: undefined,
  declared: false,
  isSanctionedRemoteTool: () => false,
  isSanctionedVpnClient: () => false,
  isCorporateEgress: () => false,
  isOffice: () => false,
  isPayrollProvider: () => false,
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
): (organizationId: string | undefined) => OrganizationView {
  if (contexts === undefined) return () => NOTHING;
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
  const views = new Map<string, OrganizationView>();
  for (const [id, compiled] of parsed)
    views.set(id, viewOf(id, shared && id !== '*' ? merge(shared, compiled) : compiled));
  const sharedView = views.get('*') ?? NOTHING;
  return (organizationId) => (organizationId !== undefined && views.get(organizationId)) || sharedView;
}

function describeIssue(at: string, issue: z.core.$ZodIssue): Issue[] {
  const where = issue.path.length > 0 ? `${at}.${formatPath(issue.path).replace(/^\./, '')}` : at;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(organizationContextSchema.shape);
    return issue.keys.map((key) => {
      const hint = suggest(key, issue.path.length === 0 ? known : ['providers', 'asns', 'networks']);
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
  };
}

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
  };
}

/** Provider and payroll names compare folded: case, accents, punctuation and spacing aside. */
function foldName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function viewOf(id: string, c: Compiled): OrganizationView {
  const cidrs =
    c.networks.length > 0 ? CidrIndex.from(c.networks.map((cidr) => [cidr, true] as const)) : undefined;
  return Object.freeze({
    id,
    declared: true,
    isSanctionedRemoteTool: (catalogId: string) => c.tools.has(catalogId),
    isSanctionedVpnClient: (catalogId: string) => c.vpnClients.has(catalogId),
    isCorporateEgress: (facts: {
      ip?: string | undefined;
      asn?: number | undefined;
      provider?: string | undefined;
    }) =>
      (facts.provider !== undefined && c.providers.has(foldName(facts.provider))) ||
      (facts.asn !== undefined && c.asns.has(facts.asn)) ||
      (facts.ip !== undefined && cidrs?.lookup(facts.ip) === true),
    isOffice: (address: AddressInput) => {
      if (c.officeUnits.size === 0 && c.officeBuildings.size === 0) return false;
      const normal = normalizeAddress(address);
      return (
        normal !== undefined &&
        (c.officeBuildings.has(normal.buildingKey) || c.officeUnits.has(normal.fullKey))
      );
    },
    isPayrollProvider: (name: string) => c.payroll.has(foldName(name)),
  });
}
