import fc from 'fast-check';
import { registrableDomain } from '../../../src/intel/domains/registrable-domain.js';

describe('registrableDomain', () => {
  it.each([
    ['https://www.shop.acme.co.uk/about?x=1', 'acme.co.uk'],
    ['acme.com:8443', 'acme.com'],
    ['hr@mail.Contoso.COM', 'contoso.com'],
    ['someone.github.io', 'github.io'],
    ['brightline.example.', 'brightline.example'],
  ])('reduces %s to the registered domain %s', (text, domain) => {
    expect(registrableDomain(text)).toBe(domain);
  });

  it.each([['192.0.2.10'], ['localhost'], [''], ['not a host']])('gives nothing for %j', (text) => {
    expect(registrableDomain(text)).toBeUndefined();
  });

  it('is idempotent: a registrable domain reduces to itself', () => {
    fc.assert(
      fc.property(fc.domain(), (host) => {
        const once = registrableDomain(host);
        return once === undefined || registrableDomain(once) === once;
      }),
    );
  });
});
