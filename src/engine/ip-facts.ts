import { ipFactsFromLogin, ipFactsOfLoginAlone, mergeIpFacts } from '../intel/merge-facts.js';
import type { IpFacts } from '../intel/types.js';
import type { Login } from '../schema/profile.js';

/** Read-only access to the IP facts gathered before rules run. */
export interface IpFactsView {
  /** Facts for one IP from the IP intelligence providers, if any. */
  get(ip: string): Readonly<IpFacts> | undefined;
  /** Facts for a login: its own geo fields merged with provider facts for its IP. */
  forLogin(login: Login): Readonly<IpFacts> | undefined;
}

/**
 * A view over providers' facts by IP. A login's facts merge its own geo with the providers' answer by
 * `mergeIpFacts`'s precedence: location from the event, network classification from providers, and an
 * anonymiser classification from any source is never hidden.
 */
export function createIpFactsView(byIp: ReadonlyMap<string, Readonly<IpFacts>>): IpFactsView {
  // A view lives for one screening, so a plain Map is enough; a WeakMap per screening costs the
  // garbage collector ephemeron work on every young-generation pass.
  const cache = new Map<Login, IpFacts | undefined>();
  return {
    get(ip) {
      return byIp.get(ip);
    },
    forLogin(login) {
      const cached = cache.get(login);
      if (cached !== undefined || cache.has(login)) return cached;
      const provider = login.ip === undefined ? undefined : byIp.get(login.ip);
      let facts: IpFacts | undefined;
      if (provider) {
        const event = login.geo ? ipFactsFromLogin(login) : undefined;
        facts = mergeIpFacts(login.ip ?? '', { event, providers: [provider] });
      } else if (login.geo) facts = ipFactsOfLoginAlone(login);
      cache.set(login, facts);
      return facts;
    },
  };
}
