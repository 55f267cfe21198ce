import { createScreener } from '../../src/engine/screener.js';
import type { Screening } from '../../src/engine/types.js';
import { IdentityArena } from '../../src/links/identity-arena.js';
import { LinkIndex } from '../../src/links/link-index.js';
import { screenRoster } from '../../src/roster/screen-roster.js';

const NOW = '2026-01-01T00:00:00Z';

/** `n` people with distinct names and one e-mail between them. */
function sharingOneEmail(n: number, prefix = 'p') {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(5, '0')}`,
    name: { full: `Person Number${i} Tester` },
    emails: [{ address: 'shared@example.com' }],
  }));
}

afterEach(() => jest.restoreAllMocks());

// Screenings also note the lists known-entity-match checked (its sources); these tests read the rest.
const noticesOf = (screening: Screening): readonly string[] =>
  (screening.notes ?? []).filter((note) => !note.startsWith('known-entity-match checked against'));

describe('a key shared by more profiles than its cap (issue 17, item 2)', () => {
  it('notes the over-cap e-mail on every screening instead of leaving them silently clear', async () => {
    const { screenings, summary } = await screenRoster(sharingOneEmail(600), {
      now: NOW,
      learnBaselines: false,
    });
    expect(summary.screened).toBe(600);
    const noted = screenings.filter((screening) =>
      (screening.notes ?? []).some(
        (note) =>
          note.startsWith('e-mail address ') &&
          note.includes('is shared by 600 profiles (600 identities), over the cap of 200 for a link'),
      ),
    );
    expect(noted.length).toBe(600);
  });

  it('sorts the carriers of a wide key once per change to the index, not once per profile', async () => {
    const idsOf = jest.spyOn(IdentityArena.prototype, 'idsOf');
    await screenRoster(sharingOneEmail(600), { now: NOW, learnBaselines: false });
    expect(idsOf).toHaveBeenCalledTimes(1);
  });

  it('lists the first others by id and counts the rest when a key is over its cap', () => {
    const index = new LinkIndex();
    const roster = sharingOneEmail(300);
    for (const profile of roster) index.add(profile);
    const [match] = index.matchesFor(roster[0] as never, 'email');
    expect(match?.profileIds.length).toBe(200);
    expect(match?.profileIds[0]).toBe('p00001');
    expect(match?.profileCount).toBe(299);
    expect(match?.identityCount).toBe(300);
    expect(match?.severity).toBeUndefined();
  });

  it('flags a wide key under its cap on every carrier, naming all the others', async () => {
    const { screenings } = await screenRoster(sharingOneEmail(120), { now: NOW, learnBaselines: false });
    const shared = screenings.map((screening) =>
      screening.findings.filter((finding) => finding.ruleId === 'shared-email'),
    );
    expect(shared.every((findings) => findings.length === 1)).toBe(true);
    expect(shared[7]?.[0]?.related?.profileIds.length).toBe(119);
    expect(shared[7]?.[0]?.related?.profileIds.includes('p00007')).toBe(false);
    expect(screenings.every((screening) => noticesOf(screening).length === 0)).toBe(true);
  });

  it('notes an over-cap key on a profile screened against the index without being in it', async () => {
    const index = new LinkIndex();
    for (const profile of sharingOneEmail(250)) index.add(profile);
    const screener = createScreener({ links: index, now: NOW });
    const screening = await screener.screen({ id: 'new-hire', emails: [{ address: 'shared@example.com' }] });
    expect(noticesOf(screening)).toEqual([
      'e-mail address s***@example.com is shared by 251 profiles (251 identities), over the cap of 200 for a link: it is not scored. Allowlist it if it is a placeholder or a known hub; otherwise investigate it as a possible attack.',
    ]);
  });
});
