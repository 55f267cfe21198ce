import type { SourceKey } from './types.js';

/** The sources the catalogs cite, keyed as in the indicators research's reference list. */
export const CATALOG_REFERENCES: Readonly<Record<SourceKey, { title: string; url?: string }>> = {
  S1: { title: 'State, Treasury (OFAC) & FBI: Guidance on DPRK IT Workers, 16 May 2022' },
  S9: {
    title: 'U.S. DOJ / USAO M.D. Tenn.: Knoot arrest (laptop farm, remote desktop software), 8 Aug 2024',
  },
  S11: {
    title: 'U.S. DOJ: Fourteen North Korean Nationals Indicted (VPNs, VPSs, proxy accounts), 12 Dec 2024',
  },
  S15: {
    title:
      'U.S. DOJ: five guilty pleas and forfeiture actions (Prince\u2019s firm Taggcar supplied workers), 14 Nov 2025',
  },
  S17: { title: 'U.S. DOJ / FBI St. Louis: seizure of 17 domains used by DPRK IT workers, Oct 2023' },
  S20: {
    title: 'Mandiant: Staying a Step Ahead: Mitigating the DPRK IT Worker Threat (UNC5267), 23 Sep 2024',
    url: 'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
  },
  S23: {
    title: "Mandiant: The Defender's Advantage Podcast: Responding to a DPRK ITW Incident, 19 May 2025",
  },
  S27: { title: 'Secureworks CTU: Nickel Tapestry extortion research, Oct 2024 (via The Register)' },
  S29: {
    title:
      'SentinelLabs: DPRK IT worker front companies (Hopana Tech, Tony WKJ, Independent Lab, Shenyang Tonywang Technology), Nov 2024',
  },
  S33: { title: 'Red Canary: 2025 Threat Detection Report (insider threat, VPN abuse, RMM)' },
  S36: {
    title: 'MITRE ATT&CK T1219.003 Remote Access Hardware; DET0159',
    url: 'https://attack.mitre.org/techniques/T1219/003/',
  },
  S37: {
    title: 'PiKVM Handbook: Identifying PiKVM on the target host; kvmd defaults',
    url: 'https://docs.pikvm.org/id/',
  },
  S38: { title: 'TinyPilot source (init-usb-gadget, EDID)', url: 'https://github.com/tiny-pilot/tinypilot' },
  S39: { title: 'JetKVM source (USB defaults, spoof presets)', url: 'https://github.com/jetkvm/kvm' },
  S40: { title: 'LOLRMM (Living Off the Land RMM)', url: 'https://lolrmm.io' },
  S41: {
    title:
      'LevelBlue SpiderLabs: How LevelBlue OTX and Cybereason XDR Detected a North Korea-Linked Remote IT Worker, 2026',
  },
  S44: { title: 'Third-party public code found through code search (not authoritative)' },
  S50: {
    title:
      'ip-location-db asn (RouteViews, NRO, DB-IP; CC BY 4.0), npm snapshot 2.3.2026061719: the organisation registered for each ASN',
    url: 'https://github.com/sapics/ip-location-db',
  },
  S51: {
    title: "The network operator's own website describing its hosting, cloud or VPN service (entry url)",
  },
};
