// Places abroad where remote staff live and work legitimately.

/** Cities where people live and work legitimately abroad, with a phone pattern that validates. */
export interface AbroadCity {
  country: string;
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
  lat: number;
  lon: number;
  /** Builds a valid, unique number from a counter. */
  phone: (n: number) => string;
  bank: string;
  /** Summer UTC offset. */
  offset: number;
}

const digits = (n: number, width: number) => String(n % 10 ** width).padStart(width, '0');

export const ABROAD: readonly AbroadCity[] = [
  {
    country: 'CA',
    city: 'Toronto',
    region: 'ON',
    postalCode: 'M5H 2N2',
    timeZone: 'America/Toronto',
    lat: 43.65,
    lon: -79.38,
    phone: (n) => `+1 416 ${200 + (n % 700)} ${digits(n, 4)}`,
    bank: 'Royal Bank of Canada',
    offset: -4,
  },
  {
    country: 'CA',
    city: 'Vancouver',
    region: 'BC',
    postalCode: 'V6B 1A1',
    timeZone: 'America/Vancouver',
    lat: 49.28,
    lon: -123.12,
    phone: (n) => `+1 604 ${200 + (n % 700)} ${digits(n, 4)}`,
    bank: 'TD Canada Trust',
    offset: -7,
  },
  {
    country: 'GB',
    city: 'London',
    region: 'England',
    postalCode: 'EC1A 1BB',
    timeZone: 'Europe/London',
    lat: 51.51,
    lon: -0.13,
    phone: (n) => `+44 74${digits(n, 2)} ${digits(n, 6)}`,
    bank: 'Barclays',
    offset: 1,
  },
  {
    country: 'DE',
    city: 'Berlin',
    region: 'BE',
    postalCode: '10115',
    timeZone: 'Europe/Berlin',
    lat: 52.52,
    lon: 13.4,
    phone: (n) => `+49 151 ${digits(n, 8)}`,
    bank: 'Deutsche Bank',
    offset: 2,
  },
  {
    country: 'MX',
    city: 'Mexico City',
    region: 'CDMX',
    postalCode: '06600',
    timeZone: 'America/Mexico_City',
    lat: 19.43,
    lon: -99.13,
    phone: (n) => `+52 55 ${digits(n, 4)} ${digits(Math.floor(n / 7), 4)}`,
    bank: 'BBVA México',
    offset: -6,
  },
  {
    country: 'IE',
    city: 'Dublin',
    region: 'Leinster',
    postalCode: 'D02 X285',
    timeZone: 'Europe/Dublin',
    lat: 53.35,
    lon: -6.26,
    phone: (n) => `+353 85 ${digits(n, 7)}`,
    bank: 'AIB',
    offset: 1,
  },
  {
    country: 'PT',
    city: 'Lisbon',
    region: 'Lisboa',
    postalCode: '1100-148',
    timeZone: 'Europe/Lisbon',
    lat: 38.72,
    lon: -9.14,
    phone: (n) => `+351 91${digits(n, 7)}`,
    bank: 'Millennium bcp',
    offset: 1,
  },
];
