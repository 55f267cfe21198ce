import { destinationPath, destinations } from '../../../src/rules/_lib/destinations.js';
import type { Profile } from '../../../src/schema/profile.js';

describe('destinations', () => {
  it('lists shipping addresses, then devices shipped somewhere, with their profile paths', () => {
    const profile = {
      id: 'p',
      addresses: [
        { purpose: 'home', line1: '1 Home St' },
        { purpose: 'shipping', line1: '2 Ship St' },
        { line1: '3 No Purpose St' },
      ],
      devices: [{ id: 'a' }, { id: 'b', shippedTo: { line1: '4 Device St' } }],
    } as unknown as Profile;
    const found = destinations(profile);
    expect(found.map((d) => d.address.line1)).toEqual(['2 Ship St', '4 Device St']);
    expect(found.map(destinationPath)).toEqual(['addresses[1]', 'devices[1].shippedTo']);
  });

  it('is empty for a profile without addresses or devices', () => {
    expect(destinations({ id: 'p' } as unknown as Profile)).toEqual([]);
  });
});
