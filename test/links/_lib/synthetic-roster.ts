import type { ProfileInput } from '../../../src/schema/profile.js';
import { seededRandom } from '../../../src/testing/seeded-random.js';

/** Deterministic PRNG so the roster is the same on every run. */
export const prng = seededRandom;

interface Street {
  number: number;
  dir: 'N' | 'S' | 'E' | 'W' | '';
  name: string;
  suffix: 'ST' | 'AVE' | 'RD' | 'BLVD' | 'DR';
  unit?: string;
  city: string;
  state: string;
  zip: string;
}

const DIRS = { N: 'North', S: 'South', E: 'East', W: 'West', '': '' } as const;
const SUFFIXES = { ST: 'Street', AVE: 'Avenue', RD: 'Road', BLVD: 'Boulevard', DR: 'Drive' } as const;
const STATES: Record<string, string> = {
  IL: 'Illinois',
  TX: 'Texas',
  AZ: 'Arizona',
  TN: 'Tennessee',
  VA: 'Virginia',
};
const NAMES = [
  'Main',
  'Oak',
  'Maple',
  'Cedar',
  'Pine',
  'Elm',
  'Lake',
  'Hill',
  'Park',
  'Washington',
  'Lincoln',
  'Jackson',
];
const GIVEN = [
  'Alex',
  'Sam',
  'Jordan',
  'Taylor',
  'Morgan',
  'Casey',
  'Riley',
  'Jamie',
  'Avery',
  'Quinn',
  'Drew',
  'Parker',
];
const FAMILY = [
  'Baker',
  'Carter',
  'Diaz',
  'Evans',
  'Foster',
  'Garcia',
  'Hughes',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Moreau',
];

/** One address typed in one of several styles: spelled-out vs abbreviated, `#` vs `Apt`, ZIP vs ZIP+4. */
export function typed(street: Street, style: number) {
  const dir =
    street.dir === ''
      ? ''
      : style % 2 === 0
        ? `${DIRS[street.dir]} `
        : `${street.dir}${style % 3 === 0 ? '.' : ''} `;
  const suffix = style % 2 === 0 ? SUFFIXES[street.suffix] : street.suffix;
  const unit = street.unit
    ? [` Apt ${street.unit}`, ` #${street.unit}`, ` Unit ${street.unit}`, ` APT ${street.unit}`][style % 4]
    : '';
  const line1 = `${street.number} ${dir}${street.name} ${suffix}${style % 4 === 1 ? '' : unit}`;
  const base = {
    line1: style % 5 === 0 ? line1.toUpperCase() : line1,
    city: street.city,
    region: style % 3 === 1 ? (STATES[street.state] as string) : street.state,
    postalCode:
      style % 2 === 1
        ? `${street.zip}-${String(1000 + (street.number % 9000)).padStart(4, '0')}`
        : street.zip,
  };
  return style % 4 === 1 && street.unit ? { ...base, line2: `#${street.unit}` } : base;
}

export interface SyntheticRoster {
  profiles: ProfileInput[];
  /** Farm member ids, one array per farm. */
  farms: string[][];
  households: string[][];
  /** Profiles that ship to allowlisted offices or coworking spaces. */
  officeStaff: string[];
  allowlist: { addresses: string[]; networks: string[] };
}

/**
 * A seeded roster: laptop farms of the given sizes whose members (different names, companies, homes)
 * all ship to one facilitator address typed in varied formats and log in from its home network; some
 * farms also share one payroll account; plus honest staff, households and office/coworking shippers.
 */
export function syntheticRoster(seed: number, farmSizes: readonly number[], honest = 200): SyntheticRoster {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let houseNumber = 100;
  let person = 0;
  let net = 1;
  const street = (unit?: string): Street => {
    const state = pick(Object.keys(STATES));
    return {
      number: (houseNumber += 1 + Math.floor(random() * 7)),
      dir: pick(['N', 'S', 'E', 'W', ''] as const),
      name: pick(NAMES),
      suffix: pick(['ST', 'AVE', 'RD', 'BLVD', 'DR'] as const),
      ...(unit !== undefined && { unit }),
      city: 'Springfield',
      state,
      zip: String(10000 + Math.floor(random() * 89999)),
    };
  };
  const orgs = ['org-1', 'org-2', 'org-3', 'org-4', 'org-5', 'org-6'];
  const residential = () => {
    const n = net++;
    return `${11 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  };
  const base = (id: string, given: string, family: string): ProfileInput => ({
    id,
    organizationId: pick(orgs),
    name: { full: `${given} ${family}`, given, family },
    phones: [{ number: `+1 312 ${String(2000000 + person).slice(0, 3)} ${String(person).padStart(4, '0')}` }],
    emails: [{ address: `${given}.${family}.${person}@example.com`.toLowerCase() }],
  });
  const nextPerson = (): [string, string, string] => {
    person += 1;
    return [`p-${String(person).padStart(5, '0')}`, pick(GIVEN), `${pick(FAMILY)}${person}`];
  };
  const profiles: ProfileInput[] = [];
  const farms: string[][] = [];
  for (const size of farmSizes) {
    const farm = street(
      random() < 0.5 ? `${1 + Math.floor(random() * 9)}${pick(['A', 'B', 'C'])}` : undefined,
    );
    const network = residential();
    const account = String(100000000 + Math.floor(random() * 800000000));
    const members: string[] = [];
    for (let i = 0; i < size; i++) {
      const [id, given, family] = nextPerson();
      members.push(id);
      profiles.push({
        ...base(id, given, family),
        addresses: [{ purpose: 'home', ...typed(street(), i) }],
        devices: [{ id: `${id}-mac`, shippedTo: typed(farm, i + 2) }],
        logins: [
          { at: '2026-01-05T14:00:00Z', ip: `${network}.${10 + i}`, geo: { connectionType: 'residential' } },
        ],
        ...(size >= 5 &&
          i % 2 === 0 && { payroll: { accounts: [{ routingNumber: '021000021', accountNumber: account }] } }),
      });
    }
    farms.push(members);
  }
  for (let i = 0; i < honest; i++) {
    const [id, given, family] = nextPerson();
    const own = street();
    profiles.push({
      ...base(id, given, family),
      addresses: [{ purpose: 'home', ...typed(own, i) }],
      devices: [{ id: `${id}-mac`, shippedTo: typed(own, i + 1) }],
      logins: [
        { at: '2026-01-05T14:00:00Z', ip: `${residential()}.20`, geo: { connectionType: 'residential' } },
        // Mobile carriers' CGNAT puts many customers behind one address: never a link.
        { at: '2026-01-05T18:00:00Z', ip: '172.56.1.1', geo: { connectionType: 'mobile' } },
      ],
    });
  }
  const households: string[][] = [];
  for (let h = 0; h < 8; h++) {
    const [, , family] = nextPerson();
    const shared = street(h % 2 === 0 ? '2F' : undefined);
    const members: string[] = [];
    for (let i = 0; i < 2 + (h % 2); i++) {
      const [id, given] = nextPerson();
      members.push(id);
      profiles.push({
        ...base(id, given, family),
        addresses: [{ purpose: 'home', ...typed(shared, i + h) }],
        devices: [{ id: `${id}-mac`, shippedTo: typed(shared, i + h + 1) }],
      });
    }
    households.push(members);
  }
  const offices = [street(), street(), street()];
  const cowork = street('300');
  const officeStaff: string[] = [];
  for (let i = 0; i < 24; i++) {
    const [id, given, family] = nextPerson();
    officeStaff.push(id);
    const office = i % 4 === 3 ? cowork : { ...(offices[i % 3] as Street), unit: String(100 + i) };
    profiles.push({
      ...base(id, given, family),
      addresses: [{ purpose: 'home', ...typed(street(), i) }],
      devices: [{ id: `${id}-mac`, shippedTo: typed(office, i) }],
      // The corporate VPN's egress: unknown connection type, allowlisted by CIDR.
      logins: [{ at: '2026-01-05T14:00:00Z', ip: `198.51.100.${10 + i}` }],
    });
  }
  const line = (s: Street) =>
    `${s.number} ${s.dir} ${s.name} ${s.suffix}${s.unit ? ` Ste ${s.unit}` : ''}, ${s.city} ${s.state} ${s.zip}`;
  return {
    profiles,
    farms,
    households,
    officeStaff,
    allowlist: { addresses: [...offices.map(line), line(cowork)], networks: ['198.51.100.0/24'] },
  };
}
