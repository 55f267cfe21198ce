import { coordinatesOf, greatCircleKm, speedKmh } from '../../../src/rules/_lib/geo.js';

describe('greatCircleKm', () => {
  it('gives the published New York-London distance within 0.5%', () => {
    const km = greatCircleKm({ lat: 40.7128, lon: -74.006 }, { lat: 51.5074, lon: -0.1278 });
    expect(Math.abs(km - 5570) / 5570).toBeLessThan(0.005);
  });

  it('gives zero for one point and half the circumference for antipodes', () => {
    expect(greatCircleKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    expect(Math.round(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }))).toBe(20015);
  });

  it('is symmetric and takes the short way across the antimeridian', () => {
    const a = { lat: 0, lon: 179.5 };
    const b = { lat: 0, lon: -179.5 };
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 9);
    expect(Math.round(greatCircleKm(a, b))).toBe(111);
  });
});

describe('coordinatesOf', () => {
  it('returns a point only when both coordinates are finite numbers', () => {
    expect(coordinatesOf({ lat: 0, lon: 0 })).toEqual({ lat: 0, lon: 0 });
    expect(coordinatesOf({ lat: 1 })).toBeUndefined();
    expect(coordinatesOf({ lat: Number.NaN, lon: 1 })).toBeUndefined();
    expect(coordinatesOf(undefined)).toBeUndefined();
  });
});

describe('speedKmh', () => {
  it('divides distance by hours and treats no elapsed time as infinitely fast', () => {
    expect(speedKmh(900, 3_600_000)).toBe(900);
    expect(speedKmh(10, 0)).toBe(Infinity);
    expect(speedKmh(0, 0)).toBe(0);
  });
});
