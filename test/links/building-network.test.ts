import { LinkIndex } from '../../src/links/link-index.js';
import { parseProfile } from '../../src/schema/parse.js';

const resident = (id: string, line2: string, ip: string, line1 = '400 Harbor View Rd') =>
  parseProfile({
    id,
    name: { full: `Person ${id}` },
    addresses: [{ purpose: 'home', line1, line2, city: 'Seattle', region: 'WA', postalCode: '98101' }],
    logins: [{ at: '2026-01-05T15:00:00Z', ip }],
  });

describe('login networks and buildings', () => {
  it('counts the units of one building as one home on its shared Wi-Fi: neighbours are not a farm', () => {
    const index = new LinkIndex();
    for (let i = 1; i <= 6; i++) index.add(resident(`n${i}`, `Apt ${i}0${i}`, `73.22.1.${i + 10}`));
    const [match] = index.matchesFor(resident('n1', 'Apt 101', '73.22.1.11'), 'login-network');
    expect(match?.identityCount).toBe(1);
    expect(match?.severity).toBeUndefined();
  });

  it('still counts homes in different buildings behind one line', () => {
    const index = new LinkIndex();
    for (let i = 1; i <= 6; i++)
      index.add(resident(`f${i}`, 'Apt 1', `73.22.1.${i + 10}`, `${i}00 Harbor View Rd`));
    const [match] = index.matchesFor(
      resident('f1', 'Apt 1', '73.22.1.11', '100 Harbor View Rd'),
      'login-network',
    );
    expect(match?.identityCount).toBe(6);
    expect(match?.severity).toBeDefined();
  });
});
