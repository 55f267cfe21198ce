import { boundedCache } from '../../src/_lib/bounded-memo.js';

describe('boundedCache', () => {
  it('computes a key once', () => {
    const cached = boundedCache<number>();
    let calls = 0;
    const compute = () => (calls += 1);
    expect([cached('a', compute), cached('a', compute)]).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('computes a key whose answer is undefined once too, and answers undefined', () => {
    const cached = boundedCache<string | undefined>();
    let calls = 0;
    const compute = () => {
      calls += 1;
      return undefined;
    };
    expect([cached('a', compute), cached('a', compute)]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('forgets everything at its limit instead of growing', () => {
    const cached = boundedCache<string>(2);
    let calls = 0;
    const compute = () => `v${(calls += 1)}`;
    cached('a', compute);
    cached('b', compute);
    cached('c', compute);
    expect(cached('a', compute)).toBe('v4');
  });

  it('freezes what it shares', () => {
    const cached = boundedCache<{ parts: { n: number } }>();
    const value = cached('k', () => ({ parts: { n: 1 } }));
    expect(Object.isFrozen(value) && Object.isFrozen(value.parts)).toBe(true);
  });

  it('leaves results unfrozen when asked, for objects the cache does not own', () => {
    const cached = boundedCache<{ entry: { id: string } }>(10, { freeze: false });
    const entry = { id: 'anydesk' };
    const first = cached('a', () => ({ entry }));
    expect(cached('a', () => ({ entry: { id: 'other' } }))).toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(Object.isFrozen(entry)).toBe(false);
  });
});
