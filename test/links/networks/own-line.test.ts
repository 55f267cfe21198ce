import type { ClusterTie } from '../../../src/links/cluster.js';
import { LinkIndex } from '../../../src/links/link-index.js';
import { corroborate, corroborationText } from '../../../src/links/networks/corroboration.js';
import { parseProfile } from '../../../src/schema/parse.js';
import type { ProfileInput } from '../../../src/schema/profile.js';
import { COWORKING_DESK, FARM_SITE, logins, record } from './_lib/profiles.js';

const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const desk: ClusterTie = {
  attribute: 'shipping-address',
  displayKey: '500 MARKET ST, 94105 US',
  profileIds: ids,
  severity: 'critical',
};
const line: ClusterTie = {
  attribute: 'login-network',
  displayKey: '63.1.2.0/24',
  profileIds: ids.slice(0, 5),
  severity: 'high',
};

function index(profiles: readonly ProfileInput[]): LinkIndex {
  const links = new LinkIndex();
  for (const profile of profiles) links.add(parseProfile(profile));
  return links;
}

describe('a shared line and the members who also sign in from a line of their own', () => {
  it('rates an address plus a line its members only visit as a shared address, below high', () => {
    const c = corroborate([desk, line], 6, new Set(['p1', 'p2', 'p3', 'p4']));
    expect(c.has.map((k) => [k.kind, k.carriers, k.elsewhere, k.corroborates])).toEqual([
      ['place', 6, undefined, true],
      ['line', 1, 4, false],
    ]);
    expect([c.suspicion, c.severity]).toEqual([45, 'medium']);
    expect(corroborationText(c)).toBe(
      'Held by a shared address (6 profiles, critical) (also one residential home line among only 1, 4 more also sign in from a line of their own, too few to corroborate); lacks a shared home line, pay account or device serial: reads as a coworking space, an office or a mail drop until something else ties the members.',
    );
  });

  it('says a group held only by a line its members all visit is not corroborated', () => {
    const c = corroborate([{ ...line, profileIds: ['p1', 'p2', 'p3'] }], 3, new Set(['p1', 'p2', 'p3']));
    expect(c.has.map((k) => [k.kind, k.carriers, k.elsewhere, k.corroborates])).toEqual([
      ['line', 0, 3, false],
    ]);
    expect(corroborationText(c)).toBe(
      'Not corroborated: one residential home line that its 3 members only visit (each also signs in from a line of their own); lacks a shared address, home line, pay account or device serial.',
    );
    const one = corroborate([{ ...line, profileIds: ['p1', 'p2'] }, desk], 6, new Set(['p1']));
    expect(corroborationText(one)).toContain(
      '(also one residential home line among only 1, 1 more also signs in from a line of their own, too few to corroborate)',
    );
  });

  it('still counts a line whose carriers sign in from nowhere else', () => {
    const c = corroborate([desk, line], 6, new Set(['p6']));
    expect([c.suspicion, c.severity]).toEqual([84, 'critical']);
  });

  it('keeps a coworking space whose members sign in at the desk, through a corporate VPN and from home below high', () => {
    // Each member: two sign-ins on the space's unmarked network, two through the employer's VPN, two
    // from their own home line, as hybrid coworking members do.
    const members = [0, 1, 2, 3, 4, 5].map((n) =>
      record(`cw${n}`, n, `org-${n}`, {
        shipTo: COWORKING_DESK,
        signIns: [
          ...logins('63.1.2', 2, 'unknown', `dev-cw${n}`),
          ...logins(`165.225.${n}`, 2, 'vpn', `dev-cw${n}`),
          ...logins(`73.40.${n}`, 2, 'residential', `dev-cw${n}`),
        ],
      }),
    );
    const [space] = index(members).investigation().farms;
    expect(space?.members).toEqual(['cw0', 'cw1', 'cw2', 'cw3', 'cw4', 'cw5']);
    expect([space?.reading, space?.severity]).toEqual(['shared-address', 'medium']);
    expect(space?.corroboration.has.find((k) => k.kind === 'line')).toEqual({
      kind: 'line',
      severity: 'high',
      carriers: 0,
      elsewhere: 6,
      corroborates: false,
    });
  });

  it('rates a farm whose laptops sign in from its line and through a VPN only critical', () => {
    const hires = [0, 1, 2, 3, 4, 5].map((n) =>
      record(`f${n}`, n, `org-${n}`, {
        shipTo: FARM_SITE,
        signIns: [
          ...logins('73.10.20', 4, 'residential', `dev-f${n}`),
          ...logins(`45.86.${n}`, 2, 'vpn', `dev-f${n}`),
        ],
      }),
    );
    const [farm] = index(hires).investigation().farms;
    expect([farm?.reading, farm?.severity, farm?.members.length]).toEqual(['farm', 'critical', 6]);
  });

  it("counts a home line that only one person's two records use as that person's own", () => {
    const farmHires = [0, 1, 2, 3].map((n) =>
      record(`f${n}`, n, `org-${n}`, {
        shipTo: FARM_SITE,
        signIns: [
          ...logins('73.10.20', 4, 'residential', `dev-f${n}`),
          ...(n === 0 ? logins('73.50.0', 2, 'residential', 'dev-f0') : []),
        ],
      }),
    );
    // Person 0's job elsewhere, on their own home line: the line is theirs, though two records carry it.
    const second = record('f0b', 0, 'org-9', { signIns: logins('73.50.0', 3, 'residential', 'dev-f0b') });
    const [farm] = index([...farmHires, second]).investigation().farms;
    expect(farm?.members).toEqual(['f0', 'f0b', 'f1', 'f2', 'f3']);
    expect(farm?.corroboration.has.find((k) => k.kind === 'line')).toEqual({
      kind: 'line',
      severity: 'high',
      carriers: 3,
      elsewhere: 1,
      corroborates: true,
    });
    expect([farm?.reading, farm?.severity]).toEqual(['farm', 'high']);
  });
});
