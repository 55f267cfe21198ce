import fc from 'fast-check';
import { calendarDay, dayNumber, dayNumberOf, isoDay } from '../../../../src/rules/identity/_lib/dates.js';

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

describe('dayNumber', () => {
  /** The uncached computation: the date's own fields through Date.UTC. */
  function reference(value: string | undefined): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
    if (!match) return undefined;
    return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000);
  }

  it.each([
    '1970-01-01',
    '2024-02-29',
    '2023-02-30',
    '2023-00-10',
    '2023-13-45',
    '0000-01-01',
    '2024-05-06T23:59:59Z',
    '2024-05-06garbage',
    `2024-05-06${'x'.repeat(100)}`,
    '24-05-06',
    '2024/05/06',
    '',
    undefined,
  ])('reads %j the same on first and later calls', (value) => {
    expect(dayNumber(value)).toBe(reference(value));
    expect(dayNumber(value)).toBe(reference(value));
  });

  it('matches the reference on generated strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 99 }),
              fc.integer({ min: 0, max: 99 }),
            )
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
        ),
        (value) => {
          expect(dayNumber(value)).toBe(reference(value));
          expect(dayNumber(value)).toBe(reference(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('calendarDay', () => {
  it.each([
    '2024-02-29',
    '2024-02-29T10:00:00Z',
    '2023-13-45',
    '',
    'x',
    undefined,
    `2024-01-01${'x'.repeat(50)}`,
  ])('reads %j the same on first and later calls', (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
    const expected = match
      ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
      : undefined;
    expect(calendarDay(value)).toEqual(expected);
    expect(calendarDay(value)).toEqual(expected);
  });
});

describe('dayNumberOf', () => {
  const DAY = 86_400_000;
  const DIRECT_FROM = Date.parse('0100-01-01T00:00:00Z');

  it('is the day number of the instant\u2019s ISO date, at any instant a Date can hold', () => {
    const edges = [
      '0000-01-01T00:00:00Z',
      '-000001-12-31T23:59:59.999Z',
      '0099-12-31T23:59:59.999Z',
      '0100-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '+010000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00Z',
    ].map((text) => new Date(text));
    const instants = fc.oneof(
      fc.constantFrom(...edges),
      fc.date({ noInvalidDate: true }),
      // Either side of 0100-01-01, where `Date.UTC` stops reading a year as 19xx.
      fc.integer({ min: DIRECT_FROM - 3 * DAY, max: DIRECT_FROM + 3 * DAY }).map((time) => new Date(time)),
    );
    fc.assert(
      fc.property(instants, (instant) => {
        expect(dayNumberOf(instant)).toBe(dayNumber(isoDay(instant)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('throws for an invalid date, as isoDay does', () => {
    expect(() => dayNumberOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
