import fc from 'fast-check';
import {
  COMMERCIAL,
  FLAG_MASK,
  LIVES,
  MAX_PIDS,
  packPosting,
  postingFlags,
  postingPid,
  SHIPS,
} from '../../src/links/posting-code.js';

describe('posting codes', () => {
  it('unpacks every pid and flag set it packed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_PIDS - 1 }),
        fc.integer({ min: 0, max: FLAG_MASK }),
        (pid, flags) => {
          const code = packPosting(pid, flags);
          expect(postingPid(code)).toBe(pid);
          expect(postingFlags(code)).toBe(flags);
          expect(code).toBeLessThanOrEqual(0x7fffffff);
        },
      ),
    );
  });

  it('keeps the flags of an OR of two codes of one pid as the OR of their flags', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_PIDS - 1 }),
        fc.integer({ min: 0, max: FLAG_MASK }),
        fc.integer({ min: 0, max: FLAG_MASK }),
        (pid, a, b) => {
          const merged = packPosting(pid, a) | b;
          expect(postingPid(merged)).toBe(pid);
          expect(postingFlags(merged)).toBe(a | b);
        },
      ),
    );
  });

  it('packs the flags into the low three bits, as stores written before this module expect', () => {
    expect(packPosting(5, LIVES | SHIPS)).toBe(43);
    expect(packPosting(1, COMMERCIAL)).toBe(12);
    expect(LIVES | SHIPS | COMMERCIAL).toBe(FLAG_MASK);
  });
});
