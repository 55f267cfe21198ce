import {
  addToHourBins,
  hourLabel,
  inDailyRange,
  instantOf,
  isKnownTimeZone,
  localClock,
  localMinuteOfDay,
  utcMinuteOfDay,
  windowEndingAt,
} from '../../../src/rules/_lib/time.js';

const hm = (h: number, m = 0) => h * 60 + m;

describe('localMinuteOfDay', () => {
  // Expected local times are written by hand from each zone's rules for 2026, not computed.
  it.each([
    ['America/New_York', '2026-03-07T14:00:00Z', hm(9), 'EST, the day before spring-forward'],
    ['America/New_York', '2026-03-09T13:00:00Z', hm(9), 'EDT, the day after'],
    ['America/New_York', '2026-03-08T06:59:00Z', hm(1, 59), 'the last minute of EST'],
    ['America/New_York', '2026-03-08T07:00:00Z', hm(3), '02:00 EST jumps to 03:00 EDT'],
    ['America/New_York', '2026-10-31T13:00:00Z', hm(9), 'EDT, the day before fall-back'],
    ['America/New_York', '2026-11-02T14:00:00Z', hm(9), 'EST, the day after'],
    ['America/Los_Angeles', '2026-03-07T17:00:00Z', hm(9), 'PST'],
    ['America/Los_Angeles', '2026-03-09T16:00:00Z', hm(9), 'PDT'],
    ['Europe/London', '2026-03-28T09:00:00Z', hm(9), 'GMT, the day before BST starts'],
    ['Europe/London', '2026-03-30T08:00:00Z', hm(9), 'BST'],
    ['Europe/London', '2026-10-26T09:00:00Z', hm(9), 'GMT again after 25 October'],
    [
      'Australia/Sydney',
      '2026-04-03T22:00:00Z',
      hm(9),
      'AEDT (UTC+11) on Saturday 4 April, the day before DST ends',
    ],
    ['Australia/Sydney', '2026-04-04T22:00:00Z', hm(8), 'AEST already on Sunday 5 April after 03:00 AEDT'],
    ['Australia/Sydney', '2026-04-05T23:00:00Z', hm(9), 'AEST (UTC+10) on Monday 6 April'],
    [
      'Australia/Sydney',
      '2026-10-02T23:00:00Z',
      hm(9),
      'AEST on Saturday 3 October, the day before DST starts',
    ],
    ['Australia/Sydney', '2026-10-04T22:00:00Z', hm(9), 'AEDT from 4 October'],
    ['America/Phoenix', '2026-03-07T16:00:00Z', hm(9), 'MST in winter'],
    ['America/Phoenix', '2026-07-07T16:00:00Z', hm(9), 'MST in summer too (no DST)'],
    ['Asia/Kathmandu', '2026-01-09T01:30:00Z', hm(7, 15), 'a +05:45 offset'],
    ['Asia/Pyongyang', '2016-06-01T00:00:00Z', hm(8, 30), 'the +08:30 offset of 2015-2018'],
    ['Asia/Pyongyang', '2026-06-01T00:00:00Z', hm(9), 'UTC+9 since May 2018'],
  ])('gives the local time in %s at %s (%s)', (zone, iso, expected) => {
    expect(localMinuteOfDay(new Date(iso), zone)).toBe(expected);
  });
});

describe('isKnownTimeZone', () => {
  it('accepts IANA zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('America/Phoenix')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('addToHourBins', () => {
  it('splits activity across hours and wraps past midnight', () => {
    const bins = new Array<number>(24).fill(0);
    addToHourBins(bins, hm(23, 30), 90);
    expect(bins[23]).toBe(30);
    expect(bins[0]).toBe(60);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(90);
  });

  it('adds whole days evenly', () => {
    const bins = new Array<number>(24).fill(0);
    addToHourBins(bins, hm(5), 1440 + 30);
    expect(bins[5]).toBe(90);
    expect(bins[4]).toBe(60);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(1470);
  });
});

describe('small helpers', () => {
  it('reads UTC minutes, daily ranges, windows, instants and hour labels', () => {
    expect(utcMinuteOfDay(new Date('2026-01-01T02:15:00Z'))).toBe(135);
    expect(inDailyRange(hm(23), hm(20), hm(4))).toBe(true);
    expect(inDailyRange(hm(12), hm(20), hm(4))).toBe(false);
    expect(inDailyRange(hm(7), hm(7), hm(20))).toBe(true);
    expect(inDailyRange(hm(20), hm(7), hm(20))).toBe(false);
    expect(windowEndingAt(new Date('2026-01-31T00:00:00Z'), 30)).toEqual({
      from: Date.UTC(2026, 0, 1),
      to: Date.UTC(2026, 0, 31),
    });
    expect(instantOf('not a date')).toBeUndefined();
    expect(instantOf(undefined)).toBeUndefined();
    expect(hourLabel(9)).toBe('09:00');
    expect(hourLabel(-1)).toBe('23:00');
  });
});

describe('localClock', () => {
  it('agrees with localMinuteOfDay every 7 minutes across DST changes and odd offsets', () => {
    const cases: [string, string][] = [
      ['America/New_York', '2026-03-07T00:00:00Z'],
      ['America/New_York', '2026-10-31T00:00:00Z'],
      ['Europe/London', '2026-03-28T00:00:00Z'],
      ['Australia/Sydney', '2026-04-04T00:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T00:00:00Z'],
      ['Asia/Kathmandu', '2026-01-01T00:00:00Z'],
      ['America/Phoenix', '2026-03-07T00:00:00Z'],
    ];
    for (const [zone, from] of cases) {
      const clock = localClock(zone);
      for (let ms = Date.parse(from); ms < Date.parse(from) + 3 * 86_400_000; ms += 7 * 60_000) {
        expect([zone, new Date(ms).toISOString(), clock(ms)]).toEqual([
          zone,
          new Date(ms).toISOString(),
          localMinuteOfDay(new Date(ms), zone),
        ]);
      }
    }
  });
});
