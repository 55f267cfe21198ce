import { isoString } from '../../src/_lib/iso-string.js';

describe('isoString', () => {
  it('formats each instant as toISOString does, also after a different one', () => {
    const a = new Date('2026-01-20T00:00:00Z');
    const b = new Date('2025-07-01T12:30:00.250Z');
    expect([isoString(a), isoString(a), isoString(b), isoString(a)]).toEqual([
      a.toISOString(),
      a.toISOString(),
      b.toISOString(),
      a.toISOString(),
    ]);
  });

  it('follows a Date that was changed in place', () => {
    const date = new Date('2026-01-20T00:00:00Z');
    isoString(date);
    date.setUTCFullYear(2030);
    expect(isoString(date)).toBe('2030-01-20T00:00:00.000Z');
  });

  it('throws for an invalid date, as toISOString does', () => {
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
