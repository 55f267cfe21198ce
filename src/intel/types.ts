/** How an address reaches the Internet, as IP-intelligence vendors commonly classify it. */
export type ConnectionType =
  'residential' | 'mobile' | 'business' | 'hosting' | 'vpn' | 'proxy' | 'tor' | 'unknown';

/** Where one group of facts came from; `fields` names the facts this source supplied. */
export interface IpFactSource {
  name: string;
  asOf?: string;
  fields: string[];
  /** The list entry that matched (a CIDR for list providers), so an analyst can check it. */
  matched?: string;
}

/** What is known about one IP address. Every fact keeps where it came from in `sources`. */
export interface IpFacts {
  ip: string;
  asn?: number;
  org?: string;
  connectionType?: ConnectionType;
  /** A named anonymiser or network operator, e.g. 'Astrill'. */
  provider?: string;
  country?: string;
  region?: string;
  city?: string;
  lat?: number;
  lon?: number;
  sources: IpFactSource[];
}

/** The fact fields of {@link IpFacts}, without the address and the attribution. */
export type IpFactFields = Omit<IpFacts, 'ip' | 'sources'>;

/**
 * A source of IP intelligence. Batched: the engine collects every address a profile or roster needs
 * and asks once, before the synchronous rules run. Addresses the provider knows nothing about are
 * simply absent from the returned map.
 */
export interface IpIntelProvider {
  readonly name: string;
  lookup(
    ips: readonly string[],
  ): Promise<ReadonlyMap<string, Partial<IpFacts>>> | ReadonlyMap<string, Partial<IpFacts>>;
}

/** The connection types that hide where a user really is. */
export const ANONYMISING_CONNECTION_TYPES: readonly ConnectionType[] = ['tor', 'vpn', 'proxy', 'hosting'];

/** Every {@link ConnectionType}, for validation. */
export const CONNECTION_TYPES: readonly ConnectionType[] = [
  'residential',
  'mobile',
  'business',
  'hosting',
  'vpn',
  'proxy',
  'tor',
  'unknown',
];
