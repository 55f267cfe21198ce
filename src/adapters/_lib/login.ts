import type { Mapped, PersonRef } from '../types.js';
import { compact } from './values.js';

/** A sign-in as the adapters read it, before it becomes a profile's `logins` entry. */
export interface SignIn {
  at: string;
  ip: string | undefined;
  deviceId?: string | undefined;
  interactive?: boolean | undefined;
  country?: string | undefined;
  region?: string | undefined;
  city?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  asn?: number | undefined;
  org?: string | undefined;
  connectionType?: 'proxy' | undefined;
}

const inRange = (value: number | undefined, limit: number): number | undefined =>
  value !== undefined && Math.abs(value) <= limit ? value : undefined;

/** One identity-provider sign-in as a partial profile with a single `logins` entry. */
export function signInPartial(person: PersonRef, signIn: SignIn): Mapped {
  const geo = compact({
    country: signIn.country,
    region: signIn.region,
    city: signIn.city,
    lat: inRange(signIn.lat, 90),
    lon: inRange(signIn.lon, 180),
    asn: signIn.asn,
    org: signIn.org,
    connectionType: signIn.connectionType,
  });
  const login = compact({
    at: signIn.at,
    ip: signIn.ip,
    deviceId: signIn.deviceId,
    source: 'idp' as const,
    interactive: signIn.interactive,
    geo,
  });
  return { partials: [{ person, profile: { logins: [login] } }] };
}
