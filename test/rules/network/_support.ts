import type { ProfileInput } from '../../../src/schema/profile.js';

type LoginInput = NonNullable<ProfileInput['logins']>[number];
type Geo = NonNullable<LoginInput['geo']>;

export const NOW = '2026-01-15T12:00:00Z';

/** An ISO instant `days` (fractional allowed) before NOW. */
export function daysAgo(days: number): string {
  return new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
}

/** `count` logins, one a day from `startDaysAgo` backwards, with the same geo. */
export function dailyLogins(
  count: number,
  geo: Geo,
  startDaysAgo = 1,
  extra: Partial<LoginInput> = {},
): LoginInput[] {
  return Array.from({ length: count }, (_, n) => ({
    at: daysAgo(startDaysAgo + n),
    source: 'idp' as const,
    ...extra,
    geo,
  }));
}

export const HOME_RESIDENTIAL: Geo = {
  country: 'US',
  city: 'Dallas',
  lat: 32.7767,
  lon: -96.797,
  connectionType: 'residential',
  asn: 7018,
};
export const ASTRILL: Geo = { country: 'US', connectionType: 'vpn', provider: 'Astrill', asn: 400000 };
export const NORDVPN: Geo = { country: 'NL', connectionType: 'vpn', provider: 'NordVPN', asn: 212238 };
export const HOSTING: Geo = { country: 'US', connectionType: 'hosting', org: 'DigitalOcean', asn: 14061 };
export const CORPORATE: Geo = { country: 'US', connectionType: 'business', org: 'Acme Corp', asn: 64512 };
