import fc from 'fast-check';
import { coordinatesOf, greatCircleKm, hasCoordinates } from '../../../src/rules/_lib/geo.js';

/** The haversine formula as greatCircleKm had it before its same-place shortcut. */
function reference(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const RAD = Math.PI / 180;
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const coordinate = fc.oneof(
  fc.double({ min: -180, max: 180 }),
  fc.double(),
  fc.constantFrom(0, -0, 90, -90, 180, -180, 39.8, Number.NaN, Infinity),
);
const point = fc.record({ lat: coordinate, lon: coordinate });

describe('greatCircleKm', () => {
  it('equals the haversine formula, same place or not', () => {
    fc.assert(
      fc.property(point, point, fc.boolean(), (a, b, same) => {
        const to = same ? { ...a } : b;
        expect(greatCircleKm(a, to)).toBe(reference(a, to));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hasCoordinates', () => {
  it.each([
    [{ lat: 1, lon: 2 }, true],
    [{ lat: 0, lon: -0 }, true],
    [{ lat: 1 }, false],
    [{ lat: Number.NaN, lon: 2 }, false],
    [{ lat: 1, lon: Infinity }, false],
    [{}, false],
    [undefined, false],
  ])('%p -> %p, as coordinatesOf finds them', (value, expected) => {
    expect(hasCoordinates(value)).toBe(expected);
    expect(coordinatesOf(value) !== undefined).toBe(expected);
  });
});
