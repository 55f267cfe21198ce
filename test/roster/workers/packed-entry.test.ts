import { generateScenario } from '../../../bench/scenario/generate.js';
import { LinkIndex } from '../../../src/links/link-index.js';
import { parseProfile } from '../../../src/schema/parse.js';
import { packEntry, unpackEntry } from '../../../src/roster/workers/_lib/packed-entry.js';

describe('packEntry / unpackEntry', () => {
  const profiles = [...generateScenario({ size: 300, seed: 4 })].map((record) =>
    parseProfile(record.profile),
  );

  it('gives back every field of an entry after crossing a structured clone, with seenAt 0', () => {
    for (const hmacSecret of [undefined, 'a-secret']) {
      const index = new LinkIndex(hmacSecret === undefined ? {} : { hmacSecret });
      for (const profile of profiles) {
        const entry = index.entryOf(profile, 1_700_000_000_000);
        const crossed = unpackEntry(structuredClone(packEntry(entry)));
        expect(crossed).toEqual({ ...entry, seenAt: 0 });
      }
    }
  });

  it('carries a résumé signature and a profile without an organisation', () => {
    const index = new LinkIndex();
    const withResume = profiles.find((profile) => index.entryOf(profile, 0).signature !== undefined);
    expect(withResume).toBeDefined();
    const entry = index.entryOf(parseProfile({ id: 'no-org', emails: [{ address: 'a@example.org' }] }), 0);
    expect(entry.organizationId).toBeUndefined();
    expect(unpackEntry(structuredClone(packEntry(entry)))).toEqual(entry);
  });

  it('builds, through addEntry, an index that clusters as one built with add', () => {
    const added = new LinkIndex();
    const entered = new LinkIndex();
    for (const profile of profiles) {
      added.add(profile);
      entered.addEntry(unpackEntry(structuredClone(packEntry(entered.entryOf(profile, 0)))));
    }
    expect(entered.clusters()).toEqual(added.clusters());
    expect(entered.clusters().length).toBeGreaterThan(0);
  });
});
