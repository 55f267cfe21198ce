import type { IpFacts } from '../intel/types.js';
import type { Login } from '../schema/profile.js';

/** Read-only access to the IP facts gathered before rules run. */
export interface IpFactsView {
  /** Facts for one IP from the IP intelligence providers, if any. */
  get(ip: string): Readonly<IpFacts> | undefined;
  /** Facts for a login: its own geo fields merged with provider facts for its IP. */
  forLogin(login: Login): Readonly<IpFacts> | undefined;
}

type LoginGeo = NonNullable<Login['geo']>;
const GEO_FIELDS = [
  'country',
  'region',
  'city',
  'lat',
  'lon',
  'asn',
  'org',
  'connectionType',
  'provider',
] as const;

function factsFromLogin(login: Login): IpFacts | undefined {
  const geo: LoginGeo | undefined = login.geo;
  if (!geo) return undefined;
  const fields = GEO_FIELDS.filter((field) => geo[field] !== undefined);
  if (fields.length === 0) return undefined;
  return { ip: login.ip ?? '', ...geo, sources: [{ name: 'login-event', fields: [...fields] }] };
}

/**
 * Provider facts win over a login event's own geo fields for classification (connection type and
 * provider), because a VPN exit looks like an ordinary city to a plain geo lookup; the login's fields
 * fill what providers do not know. Each fact's source is kept.
 */
export function mergeLoginFacts(login: Login, provider: Readonly<IpFacts> | undefined): IpFacts | undefined {
  const own = factsFromLogin(login);
  if (!provider) return own;
  if (!own) return provider as IpFacts;
  const merged: IpFacts = { ...own, ...stripUndefined(provider), ip: provider.ip || own.ip, sources: [] };
  merged.sources = [...provider.sources, ...own.sources];
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A view over a map of provider facts. */
export function createIpFactsView(byIp: ReadonlyMap<string, Readonly<IpFacts>>): IpFactsView {
  const cache = new WeakMap<Login, IpFacts | undefined>();
  return {
    get: (ip) => byIp.get(ip),
    forLogin(login) {
      if (cache.has(login)) return cache.get(login);
      const facts = mergeLoginFacts(login, login.ip ? byIp.get(login.ip) : undefined);
      cache.set(login, facts);
      return facts;
    },
  };
}

export const EMPTY_IP_FACTS: IpFactsView = createIpFactsView(new Map());
