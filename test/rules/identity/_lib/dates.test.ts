import { isoDay } from '../../../../src/rules/identity/_lib/dates.js';

describe('isoDay', () => {
  it('gives the UTC date of each instant, also when instants alternate', () => {
    const instants = [
      '2026-01-01T00:00:00Z',
      '2025-12-31T23:59:59.999Z',
      '2026-01-01T00:00:00Z',
      '1969-07-20T20:17:00Z',
    ];
    for (const text of [...instants, ...instants.reverse()]) {
      const instant = new Date(text);
      expect(isoDay(instant)).toBe(instant.toISOString().slice(0, 10));
    }
  });

  it('follows a Date changed in place', () => {
    const instant = new Date('2024-02-28T12:00:00Z');
    expect(isoDay(instant)).toBe('2024-02-28');
    instant.setUTCDate(29);
    expect(isoDay(instant)).toBe('2024-02-29');
  });

  it('throws for an invalid date, as toISOString does', () => {
    expect(() => isoDay(new Date('not a date'))).toThrow(RangeError);
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
