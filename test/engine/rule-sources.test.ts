import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.js';
import { createScreener } from '../../src/engine/screener.js';
import { testRuleMeta } from '../_support/fake-rules.js';

const NOW = new Date('2026-01-20T00:00:00Z');

// A rule that reads a list given in its options and says, through `sources`, which list and how old.
const onList = defineRule({
  id: 'acme/on-list',
  meta: {
    ...testRuleMeta,
    description: 'The e-mail domain is on a list.',
    options: z.object({ list: z.string().default('blocklist'), asOf: z.string().default('2026-01-01') }),
    messages: { listed: 'Listed.' },
  },
  sources: (options) => [`acme/on-list checked against ${options.list} as of ${options.asOf}`],
  check(profile, context) {
    if (!profile.emails?.length) return context.skip('emails');
    return [];
  },
});

describe('rule sources', () => {
  it("notes a rule's sources on a screening the rule ran on, even a clear one", async () => {
    const screener = createScreener({
      rules: { plugins: [onList], rules: { 'acme/on-list': 'on' } },
      now: NOW,
    });
    const screening = await screener.screen({ id: 'p1', emails: [{ address: 'a@example.com' }] });
    expect(screening.decision).toBe('clear');
    expect(screening.notes).toEqual(['acme/on-list checked against blocklist as of 2026-01-01']);
  });

  it('takes the sources from the options the rule set resolved', async () => {
    const screener = createScreener({
      rules: {
        plugins: [onList],
        rules: { 'acme/on-list': { options: { list: 'OFAC SDN', asOf: '2026-11-28' } } },
      },
      now: NOW,
    });
    const screening = await screener.screen({ id: 'p1', emails: [{ address: 'a@example.com' }] });
    expect(screening.notes).toEqual(['acme/on-list checked against OFAC SDN as of 2026-11-28']);
  });

  it('notes nothing for a rule that was skipped for lack of data', async () => {
    const screener = createScreener({
      rules: { plugins: [onList], rules: { 'acme/on-list': 'on' } },
      now: NOW,
    });
    const screening = await screener.screen({ id: 'p1' });
    expect(screening.notes ?? []).toEqual([]);
  });

  it('says which lists known-entity-match checked and how old they are, on a clear screening too', async () => {
    const screener = createScreener({ now: NOW });
    const screening = await screener.screen({
      id: 'p1',
      employment: { workHistory: [{ employer: 'Contoso Ltd', start: '2020-01-06' }] },
    });
    expect(screening.decision).toBe('clear');
    expect(screening.notes).toContain(
      'known-entity-match checked against hirescreen catalog of entities named in enforcement actions as of 2025-11-14',
    );
  });
});
