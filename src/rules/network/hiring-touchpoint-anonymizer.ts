import { defineRule } from '../../engine/define-rule.js';
import { z } from 'zod';
import type { IpFactsView } from '../../engine/ip-facts.js';
import type { IpFacts } from '../../intel/types.js';
import type { Login, Profile } from '../../schema/profile.js';
import { cite } from '../_lib/references.js';
import { anonymiserOf, egressAllowlist, HIRING_SOURCES } from './_lib/egress.js';

const options = z.object({ ...egressAllowlist });

const LABELS: Record<string, string> = {
  ats: 'application',
  interview: 'interview',
  esign: 'e-signature',
};

interface Touchpoint {
  label: string;
  path: string;
  facts: Readonly<IpFacts> | undefined;
}

const isHiringLogin = (login: Login) => login.source !== undefined && HIRING_SOURCES.includes(login.source);

/** The hiring steps with an IP: hiring-source logins, then interviews, labelled for a finding. */
function hiringTouchpoints(profile: Profile, ip: IpFactsView): Touchpoint[] {
  const touchpoints: Touchpoint[] = [];
  (profile.logins ?? []).forEach((login, index) => {
    if (!isHiringLogin(login)) return;
    touchpoints.push({
      label: `${LABELS[login.source as string]} on ${login.at.slice(0, 10)}`,
      path: `logins[${index}]`,
      facts: ip.forLogin(login),
    });
  });
  (profile.interviews ?? []).forEach((interview, index) => {
    if (interview.ip === undefined) return;
    touchpoints.push({
      label: `interview on ${interview.at?.slice(0, 10) ?? 'an unknown date'}`,
      path: `interviews[${index}]`,
      facts: ip.get(interview.ip),
    });
  });
  return touchpoints;
}

/**
 * The application, interview or e-signature came through a VPN, proxy, Tor or hosting range. DTEX advises
 * reviewing interview-platform logs, SEAL notes that e-signature records expose IPs, and Microsoft names
 * ATS telemetry as a detection surface.
 */
export const hiringTouchpointAnonymizer = defineRule({
  id: 'hiring-touchpoint-anonymizer',
  meta: {
    description:
      'The application, interview or e-signature connection came through a VPN, proxy, Tor or hosting network.',
    category: 'network',
    severity: 'medium',
    weight: 25,
    group: 'hiring-anonymizer',
    levels: {
      'vpn-or-proxy': {
        description: 'A hiring step came through a commercial VPN or a proxy.',
        likelihoodRatio: 4,
        basis: {
          kind: 'judgement',
          note: 'Candidates apply and interview from privacy VPNs, hotels and current employers\u2019 gateways; DTEX and SEAL name the signal but give no rate, so it is weak to moderate on its own.',
        },
      },
      'hosting-network': {
        description: 'A hiring step came from a hosting (data-centre, VPS) network.',
        likelihoodRatio: 10,
        basis: {
          kind: 'judgement',
          note: 'A rented server is an odd place to join an interview from; the St. Louis indictment describes workers on VPSs. Cloud desktops and unlisted corporate gateways are the innocent look-alikes.',
        },
      },
      'tor-exit': {
        description: 'A hiring step came through a Tor exit.',
        likelihoodRatio: 25,
        basis: {
          kind: 'judgement',
          note: 'Few candidates apply or join a video interview over Tor, which is slow and blocked by many hiring platforms; privacy-minded applicants still do, so it is moderate-to-strong but stays below review alone.',
        },
      },
    },
    defaultLevel: 'vpn-or-proxy',
    presets: ['recommended'],
    status: 'stable',
    options,
    messages: {
      anonymised:
        '{{count}} hiring step(s) ({{steps}}) came through {{types}}, which hides where the candidate really connected from.',
    },
    requires: [],
    reads: ['logins', 'interviews[].ip', 'interviews[].at'],
    mitigates: ['remote-access-scrutiny', 'identity-verification'],
    indicators: ['net-hiring-touchpoint-ip'],
    falsePositives: [
      'Candidates applying or interviewing while travelling, or from a privacy VPN.',
      'A current employer\u2019s corporate VPN classified as VPN or hosting: allowlist it if known.',
      'The hiring organisation\u2019s own network (a candidate interviewing on site): declare it as corporate egress in the organisation context.',
    ],
    mitigation:
      'Hold the next interview on live video without the VPN and ask the candidate to confirm their location; compare with the address on the application.',
    references: cite('S30', 'S35', 'S19'),
  },
  check(profile, context) {
    // Most profiles skip: settle that from the IP facts before any touchpoint is labelled.
    let hasTouchpoint = false;
    let hasConnectionType = false;
    for (const login of profile.logins ?? []) {
      if (!isHiringLogin(login)) continue;
      hasTouchpoint = true;
      hasConnectionType ||= context.ip.forLogin(login)?.connectionType !== undefined;
    }
    for (const interview of profile.interviews ?? []) {
      if (interview.ip === undefined) continue;
      hasTouchpoint = true;
      hasConnectionType ||= context.ip.get(interview.ip)?.connectionType !== undefined;
    }
    if (!hasTouchpoint)
      return context.skip('hiring-step IPs (logins with source ats, interview or esign, or interviews[].ip)');
    if (!hasConnectionType) return context.skip('connection type (IP intelligence) for the hiring-step IPs');
    const touchpoints = hiringTouchpoints(profile, context.ip);
    const hits = touchpoints.flatMap((touchpoint) => {
      const type = anonymiserOf(touchpoint.facts, context.options, context.organization);
      return type ? [{ ...touchpoint, type }] : [];
    });
    if (hits.length === 0) return undefined;
    const types = [
      ...new Set(hits.map(({ type }) => (type === 'vpn' ? 'VPN' : type === 'tor' ? 'Tor' : type))),
    ].sort();
    const level = hits.some(({ type }) => type === 'tor')
      ? 'tor-exit'
      : hits.some(({ type }) => type === 'hosting')
        ? 'hosting-network'
        : 'vpn-or-proxy';
    return context.finding('anonymised', {
      level,
      data: { count: hits.length, steps: hits.map(({ label }) => label).join(', '), types: types.join(', ') },
      path: (hits[0] as Touchpoint).path,
      evidence: {
        paths: hits.map(({ path }) => path),
        providers: [...new Set(hits.map(({ facts }) => facts?.provider).filter(Boolean))].sort(),
      },
    });
  },
});
