import { emailKey } from '../../src/normalize/email.js';
import { extractKeys } from '../../src/links/keys.js';
import { minhashSimilarity, resumeSignature } from '../../src/links/minhash.js';
import { parseProfile } from '../../src/schema/parse.js';

const profile = parseProfile({
  id: 'p1',
  organizationId: 'org-a',
  name: { full: 'Ana María Lima' },
  addresses: [
    {
      purpose: 'home',
      line1: '123 North Main Street Apt 4B',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
    },
    {
      purpose: 'shipping',
      line1: '9 Oak Ave',
      city: 'Austin',
      region: 'TX',
      postalCode: '78701-1234',
      deliveryType: 'commercial',
    },
  ],
  devices: [
    {
      id: 'd1',
      serial: 'c02-xk1 9ab',
      shippedTo: { line1: '123 N Main St #4B', city: 'Springfield', region: 'IL', postalCode: '62701' },
    },
  ],
  payroll: { accounts: [{ routingNumber: '021000021', accountNumber: '000123456789' }] },
  phones: [{ number: '(415) 555-2671' }],
  emails: [{ address: 'Ana.Lima+jobs@GoogleMail.com' }, { address: 'ana.lima@example.org' }],
  logins: [
    { at: '2026-01-01T10:00:00Z', ip: '203.0.113.77', geo: { connectionType: 'residential' } },
    { at: '2026-01-01T11:00:00Z', ip: '198.51.100.7', geo: { connectionType: 'mobile' } },
    { at: '2026-01-01T12:00:00Z', ip: '2001:db9:1:2:3:4:5:6' },
    { at: '2026-01-01T13:00:00Z', ip: '10.0.0.5', geo: { connectionType: 'residential' } },
    { at: '2026-01-01T14:00:00Z', ip: '192.0.2.9', geo: { connectionType: 'vpn' } },
  ],
  photoHash: 'AB:CD:EF:01:23:45:67:89',
  nationalIds: [{ type: 'us-ssn', value: '123-45-6789' }],
});

describe('extractKeys', () => {
  it('extracts every key with its path and a display-safe form', () => {
    const { keys, fullName, familyName, organizationId } = extractKeys(profile);
    expect(keys).toEqual([
      {
        attribute: 'home-address',
        key: 'US|62701|123|N|MAIN|ST||#|4B',
        path: 'addresses[0]',
        display: '123 N MAIN ST #4B, 62701 US',
        lives: true,
        ships: false,
        building: 'US|62701|123|N|MAIN|ST|',
      },
      {
        attribute: 'shipping-address',
        key: 'US|78701|9||OAK|AVE|',
        path: 'addresses[1]',
        display: '9 OAK AVE, 78701 US',
        lives: false,
        ships: true,
        commercial: true,
      },
      {
        attribute: 'shipping-address',
        key: 'US|62701|123|N|MAIN|ST||#|4B',
        path: 'devices[0].shippedTo',
        display: '123 N MAIN ST #4B, 62701 US',
        lives: false,
        ships: true,
      },
      {
        attribute: 'bank-account',
        key: '021000021/000123456789',
        path: 'payroll.accounts[0]',
        display: '****6789',
      },
      { attribute: 'phone', key: '+14155552671', path: 'phones[0]', display: '+1***2671' },
      { attribute: 'email', key: 'analima@gmail.com', path: 'emails[0]', display: 'a***@gmail.com' },
      { attribute: 'email', key: 'ana.lima@example.org', path: 'emails[1]', display: 'a***@example.org' },
      { attribute: 'device-serial', key: 'C02XK19AB', path: 'devices[0].serial', display: '****19AB' },
      { attribute: 'login-network', key: '203.0.113.0/24', path: 'logins[0].ip', display: '203.0.113.0/24' },
      {
        attribute: 'login-network',
        key: '2001:db9:1:2::/64',
        path: 'logins[2].ip',
        display: '2001:db9:1:2::/64',
      },
      { attribute: 'photo-hash', key: 'abcdef0123456789', path: 'photoHash', display: 'photo abcdef01' },
      { attribute: 'ssn', key: '123456789', path: 'nationalIds[0]', display: '***-**-6789' },
    ]);
    expect([fullName, familyName, organizationId]).toEqual(['ana maria lima', 'lima', 'org-a']);
  });

  it('never puts a raw SSN or account number in a display form', () => {
    const displays = extractKeys(profile)
      .keys.map((key) => key.display)
      .join(' ');
    expect(displays).not.toContain('123456789');
    expect(displays).not.toContain('000123456789');
  });

  it('skips unknown connection types when asked to', () => {
    const networks = extractKeys(profile, { unknownConnection: 'skip' }).keys.filter(
      (k) => k.attribute === 'login-network',
    );
    expect(networks.map((k) => k.key)).toEqual(['203.0.113.0/24']);
  });

  it('leaves out allowlisted keys, addresses and networks', () => {
    const keys = extractKeys(profile, {
      filter: {
        isAllowedAddress: (fullKey) => fullKey.startsWith('US|78701'),
        isAllowedIp: (ip) => ip.startsWith('203.0.113.'),
        isAllowedKey: (attribute, key) => attribute === 'phone' && key === '+14155552671',
      },
    }).keys.map((key) => key.attribute);
    expect(keys).toEqual([
      'home-address',
      'shipping-address',
      'bank-account',
      'email',
      'email',
      'device-serial',
      'login-network',
      'photo-hash',
      'ssn',
    ]);
  });
});

describe('canonical forms', () => {
  it('folds Gmail dots and plus tags but keeps dots elsewhere', () => {
    expect(emailKey('J.Doe+x@gmail.com')).toBe('jdoe@gmail.com');
    expect(emailKey('j.doe+x@outlook.com')).toBe('j.doe@outlook.com');
    expect(emailKey('j.doe+x@example.com')).toBe('j.doe+x@example.com');
    expect(emailKey('not-an-address')).toBeUndefined();
  });

  it('keys logins by IPv4 /24 and IPv6 /64, and skips private and carrier-grade NAT ranges', () => {
    const networksOf = (...ips: string[]) =>
      extractKeys(
        parseProfile({
          id: 'n',
          logins: ips.map((ip) => ({
            at: '2026-01-01T00:00:00Z',
            ip,
            geo: { connectionType: 'residential' },
          })),
        }),
      )
        .keys.filter((k) => k.attribute === 'login-network')
        .map((k) => k.key);
    expect(
      networksOf('203.0.113.77', '2600:1700:abcd:12:1::9', '192.168.1.4', '100.64.0.1', 'fe80::1'),
    ).toEqual(expect.arrayContaining(['203.0.113.0/24', '2600:1700:abcd:12::/64']));
    expect(networksOf('192.168.1.4', '100.64.0.1', 'fe80::1')).toEqual([]);
  });
});

describe('résumé MinHash', () => {
  const base =
    'Senior full stack engineer with eight years of experience building scalable web applications in React Node and Go for fintech and logistics clients across North America and Europe';
  it('gives identical signatures for identical text and low similarity for unrelated text', () => {
    const a = resumeSignature(base) as Uint32Array;
    expect(minhashSimilarity(a, resumeSignature(base.toUpperCase()) as Uint32Array)).toBe(1);
    const other = resumeSignature(
      'Registered nurse and clinical educator who coordinated patient care teams in three regional hospitals and trained new graduates in emergency triage and medication safety protocols',
    ) as Uint32Array;
    expect(minhashSimilarity(a, other)).toBeLessThan(0.2);
  });

  it('refuses texts too short to compare', () => {
    expect(resumeSignature('React developer')).toBeUndefined();
  });
});

describe('reference contacts', () => {
  it('lists a reference phone and e-mail in spaces of their own, each also scoped to its employer', () => {
    const keys = extractKeys(
      parseProfile({
        id: 'r1',
        phones: [{ number: '+1 415 555 2671' }],
        references: [
          { phone: '(646) 555-0199', email: 'Pat.Boss@Acme.example', employer: 'Acme Corp.' },
          { phone: '+1 646 555 0199' },
        ],
      }),
    ).keys.filter((k) => k.attribute.startsWith('reference-'));
    expect(keys.map(({ attribute, key, path, display }) => [attribute, key, path, display])).toEqual([
      ['reference-phone', '+16465550199', 'references[0].phone', '+1***0199'],
      ['reference-phone', '+16465550199 @ acme', 'references[0].employer', '+1***0199 for one employer'],
      ['reference-email', 'pat.boss@acme.example', 'references[0].email', 'p***@acme.example'],
      [
        'reference-email',
        'pat.boss@acme.example @ acme',
        'references[0].employer',
        'p***@acme.example for one employer',
      ],
    ]);
  });
});
