/** A point on the Earth in decimal degrees (WGS 84). */
export interface LatLon {
  lat: number;
  lon: number;
}

// IUGG mean Earth radius. The spherical model is within 0.5 % of the ellipsoid: far below the error of
// IP geolocation, which is what these distances are measured between.
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres between two points (haversine formula).
 *
 * @example
 * greatCircleKm({ lat: 40.7128, lon: -74.006 }, { lat: 51.5074, lon: -0.1278 }) // ~5570
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  // Most consecutive logins come from the same place, where the formula gives exactly 0 anyway. (A
  // difference of exactly 0 means two equal finite values; infinities and NaN still give NaN below.)
  if (b.lat - a.lat === 0 && b.lon - a.lon === 0) return 0;
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point of a value that carries finite `lat` and `lon`, or undefined.
 *
 * @example
 * coordinatesOf({ lat: 35.1, lon: 129.0, city: 'Busan' }) // { lat: 35.1, lon: 129 }
 * coordinatesOf({ city: 'Busan' }) // undefined
 */
export function coordinatesOf(value: { lat?: number; lon?: number } | undefined): LatLon | undefined {
  return hasCoordinates(value) ? { lat: value.lat, lon: value.lon } : undefined;
}

/**
 * Whether a value carries finite `lat` and `lon`: then it can be measured from as it is, without copying
 * its coordinates out (see {@link coordinatesOf}).
 *
 * @example
 * hasCoordinates({ lat: 35.1, lon: 129.0, city: 'Busan' }) // true
 * hasCoordinates({ lat: Number.NaN, lon: 129.0 }) // false
 */
export function hasCoordinates<T extends { lat?: number; lon?: number }>(
  value: T | undefined,
): value is T & LatLon {
  if (!value) return false;
  const { lat, lon } = value;
  return typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon);
}

/**
 * Ground speed in km/h needed to cover `km` in `ms` milliseconds; Infinity when no time passed.
 *
 * @example
 * speedKmh(900, 3_600_000) // 900
 */
export function speedKmh(km: number, ms: number): number {
  if (ms <= 0) return km > 0 ? Infinity : 0;
  return km / (ms / 3_600_000);
}
