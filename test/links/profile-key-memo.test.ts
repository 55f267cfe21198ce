import { Fingerprints } from '../../src/links/fingerprints.js';
import { KeyExtractor } from '../../src/links/keys.js';
import { LinkIndex } from '../../src/links/link-index.js';
import { ProfileKeyMemo } from '../../src/links/profile-key-memo.js';
import { referenceProbe } from '../../src/rules/links/_lib/reference-probes.js';
import { parseProfile } from '../../src/schema/parse.js';
import type { Profile } from '../../src/schema/profile.js';

// The link rules of one screening ask about the screened profile in turn, and `reference-contact-shared`
// asks in between about stand-ins for its references. The memo must keep the screened profile's keys
// across those stand-ins, and must never answer one profile with another's keys.

const candidate = parseProfile({
  id: 'cand-1',
  organizationId: 'acme',
  name: { full: 'Ana Lima' },
  phones: [{ number: '+1 415 555 2671' }],
  emails: [{ address: 'ana.lima@example.com' }],
  addresses: [
    { purpose: 'home', line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701' },
  ],
  references: [
    { name: 'Rui Lima', phone: '+1 415 555 0100', email: 'rui@example.com' },
    { name: 'Pat Doe', phone: '+1 415 555 0101' },
  ],
});

function standIns(profile: Profile): Profile[] {
  return (profile.references ?? []).flatMap((reference, index) =>
    (['phone', 'email'] as const).flatMap(
      (contact) => referenceProbe(profile, reference, index, contact) ?? [],
    ),
  );
}

describe('ProfileKeyMemo', () => {
  let extracted: jest.SpyInstance;
  beforeEach(() => {
    extracted = jest.spyOn(KeyExtractor.prototype, 'keys');
  });
  afterEach(() => extracted.mockRestore());

  it('keeps a profile asked about twice while stand-ins asked once come and go', () => {
    const memo = new ProfileKeyMemo({}, new Fingerprints(undefined));
    const first = memo.keysOf(candidate);
    expect(memo.keysOf(candidate)).toBe(first);
    const probes = standIns(candidate);
    expect(probes).toHaveLength(3);
    for (const probe of probes) memo.keysOf(probe);
    expect(memo.keysOf(candidate)).toBe(first);
    // The candidate once, each stand-in once.
    expect(extracted).toHaveBeenCalledTimes(4);
  });

  it('answers each stand-in with its own keys, not the kept profile’s', () => {
    const memo = new ProfileKeyMemo({}, new Fingerprints(undefined));
    memo.keysOf(candidate);
    memo.keysOf(candidate);
    for (const probe of standIns(candidate)) {
      const phones = memo.keysOf(probe).keys.filter((key) => key.attribute === 'phone');
      expect(phones.map((key) => key.key)).toEqual(
        probe.phones?.length ? [expect.stringMatching(/^\+1415555010[01]$/)] : [],
      );
    }
  });

  it('gives each profile’s identity from its own keys when two are held', () => {
    const fingerprints = new Fingerprints(undefined);
    const memo = new ProfileKeyMemo({}, fingerprints);
    const other = parseProfile({ id: 'cand-2', name: { full: 'Sam Roe' } });
    const mine = memo.keysOf(candidate);
    memo.keysOf(candidate);
    const theirs = memo.keysOf(other);
    expect(memo.identityOf(mine).name).toBe(fingerprints.name(mine.fullName));
    expect(memo.identityOf(theirs).name).toBe(fingerprints.name(theirs.fullName));
    expect(memo.identityOf(mine).name).not.toBe(memo.identityOf(theirs).name);
  });

  it('gives a link index the same matches whether or not stand-ins came between its lookups', () => {
    const build = (): LinkIndex => {
      const index = new LinkIndex();
      index.add(
        parseProfile({ id: 'emp-1', name: { full: 'Rui Lima' }, phones: [{ number: '+1 415 555 0100' }] }),
      );
      index.add(
        parseProfile({
          id: 'emp-2',
          name: { full: 'Kim Park' },
          emails: [{ address: 'ana.lima@example.com' }],
        }),
      );
      return index;
    };
    const plain = build();
    const interleaved = build();
    interleaved.matchesFor(candidate, 'phone');
    for (const probe of standIns(candidate)) interleaved.matchesFor(probe, 'phone');
    expect(interleaved.matchesFor(candidate, 'email')).toEqual(plain.matchesFor(candidate, 'email'));
    expect(interleaved.matchesFor(candidate, 'email')).toHaveLength(1);
    expect(interleaved.noticesFor(candidate)).toEqual(plain.noticesFor(candidate));
  });
});
