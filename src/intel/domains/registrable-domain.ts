import { getDomain } from 'tldts';

/**
 * The registrable domain of a host name, URL or e-mail address, by the Public Suffix List's ICANN
 * section: `https://www.shop.acme.co.uk/about` gives `acme.co.uk`, `hr@mail.acme.com` gives `acme.com`.
 * The ICANN section, not the private one, because registries answer for what was registered with
 * them: `someone.github.io` was never registered, `github.io` was. IP addresses and bare labels give
 * `undefined`.
 *
 * @example
 * registrableDomain('https://www.acme.co.uk/jobs'); // 'acme.co.uk'
 * registrableDomain('sam@eng.contoso.com'); // 'contoso.com'
 */
export function registrableDomain(text: string): string | undefined {
  const at = text.lastIndexOf('@');
  const host = (at >= 0 ? text.slice(at + 1) : text).trim().toLowerCase();
  if (host === '') return undefined;
  // tldts reads a bare host as a URL only with a scheme or a path; give it one so ports and paths go.
  const url = /^[a-z][a-z0-9+.-]*:\/\//.test(host) ? host : `http://${host}`;
  const domain = getDomain(url, { allowPrivateDomains: false, validateHostname: true });
  return domain ?? undefined;
}
