import { deepFreeze } from '../../src/_lib/deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes every nested object and array and returns the value itself', () => {
    const value = { a: { b: [{ c: 1 }] }, d: 'x' };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[0])).toBe(true);
  });

  it('returns primitives and null as they are, and visits a cycle once', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
  });
});

describe('deepFreeze on arrays', () => {
  it('freezes every item of an array, nested arrays included, and skips holes and primitives', () => {
    const value = [{ a: 1 }, , 'x', [{ b: [{ c: 2 }] }]] as unknown[];
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value[0])).toBe(true);
    const nested = value[3] as Array<{ b: Array<{ c: number }> }>;
    expect(Object.isFrozen(nested)).toBe(true);
    expect(Object.isFrozen(nested[0]?.b[0])).toBe(true);
  });
});
