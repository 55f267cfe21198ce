// The employers of the synthetic roster and what each chose for all its staff: the remote-support tool
// its IT department rolls out, its corporate VPN, its payroll provider, whether laptops go to its
// office, how it checks identity when hiring. An employer's choice is made once and holds for every
// legitimate hire there, as in a real company; a person's own choices are in confound.ts.
import type { OrganizationContext } from '../../src/engine/organization.js';
import type { RuleSetConfig } from '../../src/engine/rule-set.js';
import type { ProfileInput } from '../../src/schema/profile.js';
import { createRng, profileRng, type Rng } from '../_lib/prng.js';
import { instant, placeOf, type Place } from './people.js';
import { DEV_BOARD_USB, EMPLOYER_REMOTE_TOOLS } from './vocab/devices.js';
import { CORPORATE_VPNS, PAYROLL_PROVIDERS } from './vocab/networks.js';

export interface Employer {
  id: string;
  /** The remote-support agent IT installs, and the share of its laptops that carry it (most). */
  itTool?: { exe: string; catalogId: string; coverage: number };
  /** The corporate VPN staff sign in through: always (full tunnel) or for part of their sign-ins. */
  vpn?: { provider: string; always: boolean };
  payroll: (typeof PAYROLL_PROVIDERS)[number];
  /** Laptops for a share of hires go to the employer's office; address validation may not mark it commercial. */
  office?: { place: Place; marked: boolean; share: number };
  /** How identity is checked at hiring: live on video, or an automated document check only. */
  identityCheck: 'live-video' | 'automated';
  /** Builds hardware: some staff keep development boards plugged in. */
  hardware: boolean;
}

// Streams far above any unit index (units are fewer than profiles), so employers never share numbers
// with the units that hire into them.
const EMPLOYER_STREAM = 50_000_000;
// Office addresses from a counter range no home, farm or building reaches.
const OFFICE_PLACE = 100_000_000;
// One stream per legitimate profile for the slips of an employer's live identity check, apart from the
// hire's own, so adding them moved no other draw of the scenario.
const LIVE_CHECK_SLIP_STREAM = 70_000_000;
/** Legitimate remote hires at an employer that checks identity live whose check was still not live. */
const LIVE_CHECK_SLIP = 0.04;

/**
 * The employer numbered `n` (`org-n`), the same for a seed whichever unit asks first.
 *
 * @example
 * employerOf(1, 17).vpn?.provider; // 'Zscaler' or undefined
 */
export function employerOf(seed: number, n: number): Employer {
  const rng = createRng(seed, EMPLOYER_STREAM + n);
  const employer: Employer = {
    id: `org-${n}`,
    payroll: rng.pick(PAYROLL_PROVIDERS),
    identityCheck: rng.chance(0.75) ? 'live-video' : 'automated',
    hardware: rng.chance(0.15),
  };
  if (rng.chance(0.55))
    employer.itTool = { ...rng.pick(EMPLOYER_REMOTE_TOOLS), coverage: 0.8 + 0.2 * rng.next() };
  if (rng.chance(0.45)) employer.vpn = { provider: rng.pick(CORPORATE_VPNS), always: rng.chance(0.6) };
  if (rng.chance(0.3))
    employer.office = {
      place: placeOf(OFFICE_PLACE + n),
      marked: rng.chance(0.7),
      share: 0.2 + 0.5 * rng.next(),
    };
  return employer;
}

/**
 * What one employer tells hirescreen about itself when it screens its own staff: its IT tool and its
 * corporate VPN. Nothing else: a deployment knows its own tools, not its hires' habits.
 *
 * @example
 * createScreener({ rules: employerRules(employerOf(1, 17)) });
 */
export function employerRules(employer: Employer): RuleSetConfig {
  const tools = employer.itTool ? [employer.itTool.catalogId] : [];
  const providers = employer.vpn ? [employer.vpn.provider] : [];
  const rules: Record<string, { options: Record<string, unknown> }> = {};
  if (tools.length > 0)
    for (const id of ['remote-access-tool', 'multiple-remote-access-tools', 'remote-tool-early-install'])
      rules[id] = { options: { allowedTools: tools } };
  if (providers.length > 0)
    for (const id of ['anonymized-login-share', 'named-vpn-egress', 'hiring-touchpoint-anonymizer'])
      rules[id] = { options: { allowedProviders: providers } };
  return { extends: ['recommended'], rules };
}

/**
 * What one employer tells hirescreen about its own process when it screens its own staff: how it
 * checks a remote hire's identity.
 *
 * @example
 * createScreener({ rules: employerRules(e), organizations: { '*': employerContext(e) } });
 */
export function employerContext(employer: Employer): OrganizationContext {
  return { identityCheck: employer.identityCheck === 'live-video' ? 'live' : 'automated' };
}

const NOW_MS = Date.parse('2025-07-01T00:00:00Z');
const daysAgo = (at: string | undefined) => (at ? Math.floor((NOW_MS - Date.parse(at)) / 86_400_000) : 0);

/** The employer's own network block: its VPN concentrator and office egress. */
const egressOf = (employer: Employer) => {
  const n = Number(employer.id.slice(4));
  return `64.${n % 256}.${Math.floor(n / 256) % 256}`;
};

/**
 * Applies the employer's choices to one legitimate hire and returns their tags.
 *
 * @example
 * const tags = applyEmployer(rng, profile, employerOf(1, 17));
 */
export function applyEmployer(rng: Rng, p: ProfileInput, employer: Employer): string[] {
  const tags: string[] = [];
  const device = p.devices?.[0];
  if (device && employer.itTool && rng.chance(employer.itTool.coverage)) {
    tags.push('it-remote-tool');
    // Installed at provisioning, before the laptop ships, or seen by the inventory only later.
    const provisioned = rng.chance(0.5) ? { firstSeenAt: instant(daysAgo(device.shippedAt) + 2, 15) } : {};
    device.software?.push({ name: employer.itTool.exe, ...provisioned });
  }
  const logins = p.logins ?? [];
  if (employer.vpn && logins.length > 0) {
    tags.push(employer.vpn.always ? 'corporate-vpn-always' : 'corporate-vpn');
    const { provider } = employer.vpn;
    const count = employer.vpn.always ? logins.length : rng.int(Math.ceil(logins.length / 3), logins.length);
    for (const login of logins.slice(0, count))
      Object.assign(login, {
        ip:
          provider === 'Zscaler'
            ? `165.225.${rng.int(0, 63)}.${rng.int(2, 250)}`
            : `${egressOf(employer)}.${rng.int(2, 120)}`,
        geo: { country: 'US', org: provider, connectionType: 'vpn', provider },
      });
  }
  if (device && employer.office && rng.chance(employer.office.share)) {
    tags.push(employer.office.marked ? 'ships-to-office' : 'ships-to-office-unmarked');
    const address = {
      ...employer.office.place.address,
      ...(employer.office.marked && { deliveryType: 'commercial' as const }),
    };
    device.shippedTo = address;
    p.addresses?.push({ purpose: 'shipping', ...address });
    const { city } = employer.office.place;
    // Hybrid: people who pick their laptop up at the office also sign in there now and then.
    for (const login of logins.slice(-2))
      Object.assign(login, {
        ip: `${egressOf(employer)}.${rng.int(130, 250)}`,
        geo: {
          country: 'US',
          region: city.region,
          city: city.city,
          connectionType: 'business',
          org: `${employer.id} office`,
        },
      });
  }
  const account = p.payroll?.accounts?.[0];
  if (account && employer.payroll.paycard && rng.chance(0.04)) {
    tags.push('paycard');
    Object.assign(account, { institution: `${employer.payroll.name} pay card`, institutionType: 'prepaid' });
  }
  if (employer.identityCheck === 'automated') {
    tags.push('automated-id-check');
    const doc = p.documents?.[0];
    if (doc?.verification) doc.verification = { ...doc.verification, method: 'automated' };
    const interview = p.interviews?.[0];
    if (interview) interview.identityVerifiedLive = false;
  }
  if (employer.identityCheck === 'live-video' && slipsLiveCheck(p)) {
    tags.push('live-check-skipped');
    const interview = p.interviews?.[0];
    if (interview) interview.identityVerifiedLive = false;
    // The document went through the automated upload check only, waiting for the live one.
    const doc = p.documents?.[0];
    if (doc?.verification) doc.verification = { ...doc.verification, method: 'automated' };
  }
  if (device && rng.chance(employer.hardware ? 0.25 : 0.015)) {
    const board = rng.pick(DEV_BOARD_USB);
    tags.push(board.gadget ? 'usb-gadget-board' : 'dev-board');
    const { gadget: _gadget, ...usb } = board;
    device.usb?.push({
      ...usb,
      interfaceClasses: [...usb.interfaceClasses],
      serial: `DB${p.id.replace(/\W/g, '')}`,
    });
  }
  return tags;
}

/**
 * Whether this legitimate hire's live identity check slipped, though the employer checks everyone live:
 * an interview run by a staffing agency, a check postponed past the start date, a recruiter who did not
 * record it. Drawn from the profile's id, so it is the same whichever unit hires the person.
 */
function slipsLiveCheck(p: ProfileInput): boolean {
  return profileRng(p.id, LIVE_CHECK_SLIP_STREAM).chance(LIVE_CHECK_SLIP);
}

/**
 * What an employer does for every hire, a farm's included: the agent on its laptop image and its
 * identity check at hiring. A farm hire's other facts (where the laptop goes, how they sign in, how
 * they are paid) stay the farm's. Returns the tags of what applied.
 *
 * @example
 * employerWide(rng, farmProfile, employerOf(1, 17));
 */
export function employerWide(rng: Rng, p: ProfileInput, employer: Employer): string[] {
  const tags: string[] = [];
  const device = p.devices?.[0];
  if (device && employer.itTool && rng.chance(employer.itTool.coverage)) {
    tags.push('it-remote-tool');
    device.software?.push({ name: employer.itTool.exe });
  }
  if (employer.identityCheck === 'automated') {
    tags.push('automated-id-check');
    const doc = p.documents?.[0];
    if (doc?.verification?.status === 'passed')
      doc.verification = { ...doc.verification, method: 'automated' };
    const interview = p.interviews?.[0];
    if (interview) interview.identityVerifiedLive = false;
  }
  return tags;
}
