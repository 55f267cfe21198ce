import { matchCatalog } from '../../intel/catalogs/match.js';
import { REMOTE_ACCESS_TOOLS } from '../../intel/catalogs/remote-access-tools.js';
import { VPN_PROVIDERS } from '../../intel/catalogs/vpn-providers.js';
import { normalizeAddress } from '../../normalize/address.js';
import { networkKey } from '../../normalize/ip.js';
import { identityCheckOf } from '../../schema/identity-check.js';
import type { Profile } from '../../schema/profile.js';

/** An address as `offices` in an organisation context takes it. */
export type OrganizationAddress = {
  line1?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
};

/**
 * What one profile adds to its employer's baselines, as plain data: a worker thread can read a roster's
 * profiles and send these to the thread that learns, in place of the profiles.
 */
export interface LearningFacts {
  organizationId: string;
  person: string;
  /** A remote hire's identity check on record (candidates and on-site staff: none counted). */
  identityCheck: 'live' | 'not-live' | undefined;
  /** Catalog ids of remote-access tools and VPN clients, one per installed package that matches. */
  tools: string[];
  vpnClients: string[];
  /** The home's building key, which tells different homes apart. */
  home: string | undefined;
  /** Per login, in order: the egress provider named by geolocation, and the login's network. */
  providers: string[];
  networks: string[];
  /** Where equipment goes that could be an office: the building, and the address's fields as given. */
  destinations: Array<{ building: string; address: OrganizationAddress }>;
}

const UNLIKELY_OFFICE: ReadonlySet<string> = new Set([
  'residential',
  'cmra',
  'po-box',
  'forwarder',
  'vacant',
]);

/**
 * The facts `BaselineLearner` counts for one profile; `undefined` for a profile with no organisation,
 * which no employer's baseline counts.
 *
 * @example
 * learningFactsOf({ id: 'p1', organizationId: 'org-a', devices: [{ software: [{ name: 'TeamViewer' }] }] })?.tools; // ['teamviewer']
 */
export function learningFactsOf(profile: Profile): LearningFacts | undefined {
  const organizationId = profile.organizationId;
  if (organizationId === undefined) return undefined;
  let identityCheck: LearningFacts['identityCheck'];
  // Hires only: a candidate may not have reached the employer's identity step yet, and counting
  // them would read a pipeline full of early applicants as an employer that skips its live check.
  if (profile.employment?.workArrangement === 'remote' && profile.kind !== 'candidate') {
    const check = identityCheckOf(profile);
    if (check !== 'none') identityCheck = check;
  }
  const tools: string[] = [];
  const vpnClients: string[] = [];
  for (const device of profile.devices ?? []) {
    for (const software of device.software ?? []) {
      const tool = matchCatalog(REMOTE_ACCESS_TOOLS, software.name)?.entry.id;
      if (tool) tools.push(tool);
      const client = matchCatalog(VPN_PROVIDERS, software.name)?.entry.id;
      if (client) vpnClients.push(client);
    }
  }
  const providers: string[] = [];
  const networks: string[] = [];
  for (const login of profile.logins ?? []) {
    const provider = login.geo?.provider;
    if (provider) providers.push(provider);
    const network = login.ip ? networkKey(login.ip) : undefined;
    if (network) networks.push(network);
  }
  const destinations: LearningFacts['destinations'] = [];
  for (const destination of destinationsOf(profile)) {
    const normal = normalizeAddress(destination);
    if (!normal || normal.kind === 'unparsed') continue;
    const { line1, city, region, postalCode, country } = destination;
    destinations.push({
      building: normal.buildingKey,
      address: { line1, city, region, postalCode, country },
    });
  }
  return {
    organizationId,
    person: profile.id,
    identityCheck,
    tools,
    vpnClients,
    home: homeKeyOf(profile),
    providers,
    networks,
    destinations,
  };
}

function homeKeyOf(profile: Profile): string | undefined {
  for (const address of profile.addresses ?? [])
    if (address.purpose === 'home') return normalizeAddress(address)?.buildingKey;
  return undefined;
}

/** Where the profile's equipment goes: devices' shipping addresses and shipping-purpose addresses, but never its home. */
function destinationsOf(profile: Profile): OrganizationAddress[] {
  const out: OrganizationAddress[] = [];
  for (const device of profile.devices ?? [])
    if (device.shippedTo && !UNLIKELY_OFFICE.has(device.shippedTo.deliveryType ?? ''))
      out.push(device.shippedTo);
  for (const address of profile.addresses ?? [])
    if (address.purpose === 'shipping' && !UNLIKELY_OFFICE.has(address.deliveryType ?? '')) out.push(address);
  return out;
}
