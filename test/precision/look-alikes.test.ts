// Issue 14's acceptance, as behaviour: each legitimate look-alike alone stays below review; joined by an
// independent corroborating finding it reaches review; critical indicators still escalate alone.
import type { OrganizationContexts } from '../../src/engine/organization.js';
import { createScreener } from '../../src/engine/screener.js';
import type { Screening } from '../../src/engine/types.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { screenRoster } from '../../src/roster/screen-roster.js';

const NOW = '2026-02-01T00:00:00Z';
const home = {
  purpose: 'home' as const,
  line1: '77 Lakeshore Blvd',
  city: 'Cleveland',
  region: 'OH',
  postalCode: '44114',
};
const homeLine = (n: number) => ({
  at: `2026-01-${String(10 + n).padStart(2, '0')}T15:00:00Z`,
  ip: `68.40.12.${20 + n}`,
  geo: { country: 'US', region: 'OH', city: 'Cleveland', connectionType: 'residential' as const },
});

/** An ordinary remote employee with a verified identity and logins from home. */
function person(extra: Record<string, unknown> = {}) {
  return {
    id: 'emp-1',
    organizationId: 'org-acme',
    name: { full: 'Jane Doe' },
    addresses: [home],
    logins: [homeLine(1), homeLine(2), homeLine(3)],
    ...extra,
  };
}

/** Most logins through Astrill, the VPN provider public reporting names in DPRK IT-worker cases: moderate. */
const astrillLogins = {
  logins: [1, 2, 3, 4].map((n) => ({
    at: `2026-01-${String(10 + n).padStart(2, '0')}T03:00:00Z`,
    ip: `45.76.1.${n}`,
    geo: { country: 'US', connectionType: 'vpn' as const, provider: 'Astrill VPN' },
  })),
};

const screen = (profile: unknown, organizations?: OrganizationContexts): Promise<Screening> =>
  createScreener({ now: NOW, ...(organizations && { organizations }) }).screen(profile as ProfileInput);
const ruleIds = (s: Screening) => s.findings.filter((f) => f.counted).map((f) => `${f.ruleId}@${f.level}`);

const lateAnyDesk = {
  devices: [
    {
      id: 'LT-1',
      deliveredAt: '2025-03-01T15:00:00Z',
      software: [{ name: 'AnyDesk', firstSeenAt: '2025-11-20T15:00:00Z' }],
    },
  ],
};
const officeShipment = {
  devices: [
    {
      id: 'LT-1',
      shippedTo: { line1: '500 Main St', city: 'Springfield', region: 'IL', postalCode: '62701' },
    },
  ],
};
const jointAccount = {
  payroll: {
    accounts: [{ accountNumber: '000123456789', holderName: 'Jane Smith', institutionType: 'bank' }],
  },
};
const arduino = {
  devices: [{ id: 'LT-1', usb: [{ vendorId: '2341', productId: '8036', product: 'Arduino Leonardo' }] }],
};

describe('a legitimate look-alike alone stays below review', () => {
  it.each([
    [
      'one personal remote-desktop install months after delivery',
      lateAnyDesk,
      'remote-access-tool@reported-remote-desktop',
    ],
    [
      'a laptop shipped to an office address validation did not mark commercial',
      officeShipment,
      'shipping-address-not-home@residential-elsewhere',
    ],
    [
      'a pay account in the same given name with another family name',
      jointAccount,
      'payroll-holder-name-mismatch@same-given-name',
    ],
    ['a microcontroller board on USB', arduino, undefined],
    [
      'a licence and a pay account that romanise the name by other systems',
      {
        name: { full: 'Zhou Xiaoming' },
        documents: [{ type: 'drivers-license', nameOnDocument: 'Chou Hsiao-ming' }],
        payroll: {
          accounts: [
            { accountNumber: '000123456789', holderName: 'Zhou Xiao Ming', institutionType: 'bank' },
          ],
        },
      },
      undefined,
    ],
  ])('%s', async (_name, extra, finding) => {
    const screening = await screen(person(extra));
    expect(screening.decision).toBe('clear');
    expect(ruleIds(screening)).toEqual(finding ? [finding] : []);
  });

  it("leaves the employer's declared remote-support tool and office alone entirely", async () => {
    const screening = await screen(
      person({ devices: [{ ...officeShipment.devices[0], software: [{ name: 'TeamViewer' }] }] }),
      {
        'org-acme': {
          sanctionedRemoteTools: ['teamviewer'],
          offices: ['500 Main St, Springfield, IL 62701'],
        },
      },
    );
    expect(screening.findings).toEqual([]);
  });

  it("learns a tool on most of one employer's laptops in a roster, and says so in the screening", async () => {
    const staff = Array.from({ length: 12 }, (_, i) => ({
      ...person({ devices: [{ id: `LT-${i}`, software: [{ name: 'ScreenConnect.WindowsClient.exe' }] }] }),
      id: `emp-${i}`,
      name: { full: `Person Number${i}` },
      addresses: [{ ...home, line1: `${100 + i} Lakeshore Blvd` }],
      // Each from a home line of their own.
      logins: [{ ...homeLine(1), ip: `68.${40 + i}.12.20` }],
    }));
    const { screenings, learned } = await screenRoster(staff, { now: NOW });
    expect(learned.contexts).toEqual({ 'org-acme': { sanctionedRemoteTools: ['screenconnect'] } });
    expect(screenings.every((s) => s.decision === 'clear' && s.findings.length === 0)).toBe(true);
    expect(screenings[0]?.notes).toEqual([
      "treated as org-acme's standard: 12 of its 12 screened staff have screenconnect on their laptops",
    ]);
  });

  it("learns how one employer checks remote hires' identity, and weighs a missing live check by it", async () => {
    const hire = (i: number, org: string, live: boolean) => ({
      ...person({ employment: { workArrangement: 'remote' } }),
      id: `${org}-${i}`,
      organizationId: org,
      name: { full: `Person Number${i}` },
      addresses: [{ ...home, line1: `${100 + i} Lakeshore Blvd` }],
      logins: [{ ...homeLine(1), ip: `68.${40 + i}.12.20` }],
      interviews: [{ mode: 'video' as const, identityVerifiedLive: live }],
    });
    const staff = [
      ...Array.from({ length: 12 }, (_, i) => hire(i, 'org-live', i !== 0)),
      ...Array.from({ length: 12 }, (_, i) => hire(i, 'org-docs', false)),
    ];
    const { screenings, learned } = await screenRoster(staff, { now: NOW });
    expect(learned.contexts).toEqual({
      'org-docs': { identityCheck: 'automated' },
      'org-live': { identityCheck: 'live' },
    });
    const [skipped, verified] = screenings;
    expect(skipped?.findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['remote-hire-no-live-identity-check', 'skipped-employer-live-check'],
    ]);
    expect(skipped?.notes).toEqual([
      "treated as org-live's standard: 11 of its 12 screened remote hires with an identity check on record were checked live, in person or on video",
    ]);
    expect(verified?.findings).toEqual([]);
    const atDocs = screenings.slice(12);
    expect(
      atDocs.every((s) => s.decision === 'clear' && s.findings[0]?.level === 'employer-checks-automated'),
    ).toBe(true);
  });

  it("keeps candidates who have not reached the employer's live check below review, and out of what it learns", async () => {
    const staff = (i: number, kind: 'employee' | 'candidate', live: boolean) => ({
      ...person({ employment: { workArrangement: 'remote' } }),
      id: `${kind}-${i}`,
      kind,
      name: { full: `Person Number${i}` },
      addresses: [{ ...home, line1: `${100 + i} Lakeshore Blvd` }],
      logins: [{ ...homeLine(1), ip: `68.${40 + i}.12.20` }],
      interviews: [{ mode: 'video' as const, identityVerifiedLive: live, cameraOn: kind === 'employee' }],
    });
    // Ten hires checked live, and eight candidates after a recruiter's call with the camera off.
    const roster = [
      ...Array.from({ length: 10 }, (_, i) => staff(i, 'employee', true)),
      ...Array.from({ length: 8 }, (_, i) => staff(10 + i, 'candidate', false)),
    ];
    const { screenings, learned } = await screenRoster(roster, { now: NOW });
    expect(learned.contexts).toEqual({ 'org-acme': { identityCheck: 'live' } });
    for (const candidate of screenings.slice(10)) {
      expect(candidate.decision).toBe('clear');
      expect(ruleIds(candidate).sort()).toEqual([
        'interview-camera-off@camera-off',
        'remote-hire-no-live-identity-check@candidate-before-live-check',
      ]);
    }
  });

  it('keeps one person holding two jobs, consistent in every attribute, below review', async () => {
    const one = (id: string, org: string) => ({
      ...person(),
      id,
      organizationId: org,
      phones: [{ number: '+1 216 555 0142' }],
      emails: [{ address: 'jane.doe@example.com' }],
      nationalIds: [{ type: 'us-ssn', value: '536-22-8147' }],
    });
    const { screenings } = await screenRoster([one('emp-1', 'org-a'), one('emp-2', 'org-b')], { now: NOW });
    for (const screening of screenings) expect(screening.decision).toBe('clear');
  });

  it('keeps neighbours in different units of one building apart', async () => {
    const neighbour = (id: string, unit: string) => ({
      ...person(),
      id,
      name: { full: `Neighbour ${id}` },
      addresses: [{ ...home, line1: `400 Harbor View Rd ${unit}` }],
    });
    const { screenings } = await screenRoster(
      [neighbour('a', 'Apt 3B'), neighbour('b', 'Unit 12'), neighbour('c', '#7'), neighbour('d', 'Ste 200')],
      { now: NOW },
    );
    for (const screening of screenings) expect(screening.findings).toEqual([]);
  });
});

describe('a look-alike joined by an independent corroborating finding reaches review', () => {
  it.each([
    ['a late remote-desktop install', lateAnyDesk],
    ['an unmarked office shipment', officeShipment],
  ])('%s with most logins through Astrill', async (_name, extra) => {
    const profile = person(extra);
    const screening = await screen({ ...profile, logins: [...profile.logins, ...astrillLogins.logins] });
    expect(screening.decision).toBe('review');
    expect(ruleIds(screening)).toContain('named-vpn-egress@dprk-named-provider');
  });

  it('Astrill alone stays below review', async () => {
    const profile = person();
    const screening = await screen({ ...profile, logins: [...profile.logins, ...astrillLogins.logins] });
    expect(screening.decision).toBe('clear');
  });
});

describe('critical indicators still escalate alone', () => {
  it('a named IP-KVM on USB', async () => {
    const screening = await screen(
      person({
        devices: [
          {
            id: 'LT-1',
            usb: [
              {
                vendorId: '1d6b',
                productId: '0104',
                manufacturer: 'PiKVM',
                product: 'PiKVM Composite Device',
              },
            ],
          },
        ],
      }),
    );
    expect(screening.decision).toBe('escalate');
  });

  it('an IP-KVM capture display', async () => {
    const screening = await screen(
      person({ devices: [{ id: 'LT-1', displays: [{ name: 'PiKVM', manufacturerCode: 'LNX' }] }] }),
    );
    expect(screening.decision).toBe('escalate');
  });

  it('an SSN the verification service reports as a deceased holder\u2019s', async () => {
    const screening = await screen(
      person({ nationalIds: [{ type: 'us-ssn', value: '536-22-8147', verification: 'deceased' }] }),
    );
    expect(screening.decision).toBe('escalate');
  });
});
