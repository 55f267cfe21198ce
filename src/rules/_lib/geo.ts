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
  if (!value) return undefined;
  const { lat, lon } = value;
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return { lat, lon };
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
