import { StoredLinkIndex } from '../../src/links/stored-link-index.js';
import { MemoryLinkStore } from '../../src/links/stores/memory-link-store.js';
import { parseProfile } from '../../src/schema/parse.js';

const withPhone = (id: string, number: string) => parseProfile({ id, phones: [{ number }] });
const open = (hmacSecret: string) => StoredLinkIndex.open(new MemoryLinkStore(), { hmacSecret });

describe('the keyed exchange between employers', () => {
  it('counts the other employers carrying a key, and names none of them', async () => {
    const [ours, b, c] = await Promise.all([open('group'), open('group'), open('group')]);
    await b.add([withPhone('b-1', '+14155552671'), withPhone('b-2', '+14155552671')]);
    await c.add(withPhone('c-9', '+1 (415) 555-2671'));
    expect(await ours.importExchange('employer-b', await b.exportExchange())).toBe(1);
    expect(await ours.importExchange('employer-c', await c.exportExchange())).toBe(1);
    const elsewhere = ours.elsewhere(withPhone('cand-1', '415 555 2671'));
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]).toMatchObject({ space: 'phone', otherEmployers: 2 });
    expect(JSON.stringify(elsewhere)).not.toMatch(/b-1|b-2|c-9|employer-/);
    expect(ours.elsewhere(withPhone('cand-2', '+14155550000'))).toEqual([]);
    // A re-import from one sender replaces its counts rather than adding a third employer.
    await ours.importExchange('employer-c', await c.exportExchange());
    expect(ours.elsewhere(withPhone('cand-1', '415 555 2671'))[0]?.otherEmployers).toBe(2);
  });

  it('exports a key and a count per key only, and refuses a file keyed with another secret', async () => {
    const b = await open('group');
    await b.add([withPhone('b-1', '+14155552671'), withPhone('b-2', '+14155552671')]);
    const exchange = await b.exportExchange();
    expect(exchange.keys).toEqual([[expect.stringMatching(/^[0-9a-f]{16}$/), 2]]);
    expect(JSON.stringify(exchange)).not.toMatch(/b-1|2671/);
    const other = await open('another group');
    await expect(other.importExchange('b', exchange)).rejects.toMatchObject({ code: 'STORE_MISMATCH' });
    const plain = await StoredLinkIndex.open(new MemoryLinkStore());
    await expect(plain.exportExchange()).rejects.toMatchObject({ code: 'STORE_MISMATCH' });
  });
});
