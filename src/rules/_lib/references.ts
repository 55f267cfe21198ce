import type { Reference } from '../../engine/types.js';

/**
 * Public sources, keyed as in docs/indicators.md. Primary documents where one is named (DOJ, FBI IC3,
 * Microsoft, Google/Mandiant, MITRE, vendors' own documentation); the key lets a reader find the notes
 * on how each was read.
 */
export const SOURCES = {
  S1: {
    key: 'S1',
    publisher: 'U.S. Department of State, Treasury (OFAC) and FBI',
    title:
      'Guidance on the Democratic People\u2019s Republic of Korea Information Technology Workers (16 May 2022)',
    url: 'https://ofac.treasury.gov/media/923126/download?inline',
  },
  S2: {
    key: 'S2',
    publisher: 'FBI IC3',
    title: 'Additional Guidance on the DPRK Information Technology Workers, PSA231018 (18 Oct 2023)',
    url: 'https://www.ic3.gov/PSA/2023/PSA231018',
  },
  S3: {
    key: 'S3',
    publisher: 'FBI IC3',
    title:
      'North Korea Leverages U.S.-Based Individuals to Defraud U.S. Businesses, I-051624-PSA (16 May 2024)',
    url: 'https://www.ic3.gov/Media/Y2024/PSA240516',
  },
  S4: {
    key: 'S4',
    publisher: 'FBI IC3',
    title: 'North Korean IT Workers Conducting Data Extortion, I-012325-PSA (23 Jan 2025)',
    url: 'https://www.ic3.gov/PSA/2025/PSA250123',
  },
  S5: {
    key: 'S5',
    publisher: 'FBI IC3',
    title: 'North Korean IT Worker Threats to U.S. Businesses, PSA250723-4 (23 Jul 2025)',
    url: 'https://www.ic3.gov/PSA/2025/PSA250723-4',
  },
  S6: {
    key: 'S6',
    publisher: 'U.S. Department of Justice',
    title:
      'Justice Department Announces Coordinated, Nationwide Actions to Combat North Korean Remote IT Workers (30 Jun 2025)',
    url: 'https://www.justice.gov/opa/pr/justice-department-announces-coordinated-nationwide-actions-combat-north-korean-remote',
  },
  S7: {
    key: 'S7',
    publisher: 'U.S. Department of Justice',
    title:
      'Arizona woman sentenced for laptop farm scheme that aided North Korean IT workers (Chapman, 24 Jul 2025)',
    url: 'https://www.justice.gov/usao-dc',
  },
  S8: {
    key: 'S8',
    publisher: 'U.S. Department of Justice',
    title:
      'Charges and Seizures Brought in Fraud Scheme Aimed at Denying Revenue for Workers Associated with North Korea (Chapman et al., 16 May 2024)',
    url: 'https://www.justice.gov/opa/pr/charges-and-seizures-brought-fraud-scheme-aimed-denying-revenue-workers-associated-north-korea',
  },
  S9: {
    key: 'S9',
    publisher: 'U.S. Attorney\u2019s Office, M.D. Tenn.',
    title: 'Nashville man arrested for laptop farm used by North Korean IT workers (Knoot, 8 Aug 2024)',
    url: 'https://www.justice.gov/usao-mdtn',
  },
  S11: {
    key: 'S11',
    publisher: 'U.S. Attorney\u2019s Office, E.D. Mo.',
    title:
      'Fourteen North Korean Nationals Indicted for Carrying Out Multi-Year Fraudulent Information Technology Worker Scheme and Related Extortions (12 Dec 2024)',
    url: 'https://www.justice.gov/usao-edmo',
  },
  S13: {
    key: 'S13',
    publisher: 'U.S. Attorney\u2019s Office, N.D. Ga.',
    title:
      'Four North Korean nationals charged in virtual currency theft scheme: exchange accounts opened with fraudulent Malaysian IDs (unsealed 30 Jun 2025)',
    url: 'https://www.justice.gov/usao-ndga',
  },
  S14: {
    key: 'S14',
    publisher: 'U.S. Department of Justice',
    title:
      'Civil forfeiture complaint against over $7.74M laundered on behalf of the North Korean government (5 Jun 2025)',
    url: 'https://www.justice.gov/opa/pr/department-files-civil-forfeiture-complaint-against-over-774m-laundered-behalf-north-korean',
  },
  S15: {
    key: 'S15',
    publisher: 'U.S. Department of Justice',
    title:
      'Five guilty pleas and forfeiture actions in North Korean IT worker schemes (Phagnasay, Salazar, Travis, Prince, Didenko; 14 Nov 2025)',
    url: 'https://www.justice.gov/opa',
  },
  S17: {
    key: 'S17',
    publisher: 'U.S. Department of Justice / FBI St. Louis',
    title: 'Seizure of 17 website domains used by North Korean IT workers (Oct 2023)',
    url: 'https://www.justice.gov/usao-edmo',
  },
  S18: {
    key: 'S18',
    publisher: 'Microsoft Threat Intelligence',
    title:
      'Jasper Sleet: North Korean remote IT workers\u2019 evolving tactics to infiltrate organizations (30 Jun 2025)',
    url: 'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
  },
  S19: {
    key: 'S19',
    publisher: 'Microsoft Security',
    title: 'Detection strategies for cloud identities against infiltrating IT workers (21 Apr 2026)',
    url: 'https://www.microsoft.com/en-us/security/blog/2026/04/21/detection-strategies-cloud-identities-against-infiltrating-it-workers/',
  },
  S20: {
    key: 'S20',
    publisher: 'Google Cloud / Mandiant',
    title: 'Staying a Step Ahead: Mitigating the DPRK IT Worker Threat (23 Sep 2024)',
    url: 'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
  },
  S21: {
    key: 'S21',
    publisher: 'Google Threat Intelligence Group',
    title: 'The ultimate insider threat: North Korean IT workers (Apr 2025)',
    url: 'https://cloud.google.com/transform/ultimate-insider-threat-north-korean-it-workers',
  },
  S23: {
    key: 'S23',
    publisher: 'Google Cloud / Mandiant',
    title: 'The Defender\u2019s Advantage Podcast: Responding to a DPRK ITW Incident (19 May 2025)',
    url: 'https://pod.wave.co/podcast/the-defenders-advantage-podcast/responding-to-a-dprk-itw-incident',
  },
  S26: {
    key: 'S26',
    publisher: 'CrowdStrike',
    title: '2025 Threat Hunting Report (FAMOUS CHOLLIMA, 4 Aug 2025)',
    url: 'https://www.crowdstrike.com/en-us/resources/reports/threat-hunting-report/',
  },
  S27: {
    key: 'S27',
    publisher: 'The Register, on Secureworks CTU research',
    title: 'Fake IT workers turn to extortion (18 Oct 2024)',
    url: 'https://www.theregister.com/2024/10/18/ransom_fake_it_worker_scam/',
  },
  S28: {
    key: 'S28',
    publisher: 'Sophos',
    title: 'Detecting fraudulent North Korean hires: A CISO playbook (2025)',
    url: 'https://www.sophos.com/en-us/blog/detecting-fraudulent-north-korean-hires-a-ciso-playbook',
  },
  S29: {
    key: 'S29',
    publisher: 'SentinelLabs',
    title: 'DPRK IT worker front companies (Hopana Tech, Tony WKJ, Independent Lab; Nov 2024)',
    url: 'https://www.sentinelone.com/labs/',
  },
  S30: {
    key: 'S30',
    publisher: 'DTEX i3',
    title: 'Inside the DPRK: Spotting Malicious Remote IT Applicants (Oct 2024)',
    url: 'https://dtexsystems.com/?p=9615',
  },
  S33: {
    key: 'S33',
    publisher: 'Red Canary',
    title: '2025 Threat Detection Report',
    url: 'https://redcanary.com/threat-detection-report/',
  },
  S32: {
    key: 'S32',
    publisher: 'KnowBe4',
    title:
      'CEO post on the North Korean fake IT worker it hired (23 Jul 2024), with Roger Grimes\u2019s red flags',
    url: 'https://blog.knowbe4.com',
  },
  S35: {
    key: 'S35',
    publisher: 'Security Alliance (SEAL)',
    title: 'DPRK IT Workers: Techniques, Tactics, and Procedures',
    url: 'https://frameworks.securityalliance.dev/insider-threats/techniques-tactics-and-procedures.html',
  },
  S36: {
    key: 'S36',
    publisher: 'MITRE ATT&CK',
    title: 'T1219.003 Remote Access Hardware',
    url: 'https://attack.mitre.org/techniques/T1219/003/',
  },
  S37: {
    key: 'S37',
    publisher: 'PiKVM',
    title: 'Identifying PiKVM on the target host',
    url: 'https://docs.pikvm.org/id/',
  },
  S38: {
    key: 'S38',
    publisher: 'TinyPilot',
    title: 'TinyPilot source code',
    url: 'https://github.com/tiny-pilot/tinypilot',
  },
  S39: { key: 'S39', publisher: 'JetKVM', title: 'JetKVM source code', url: 'https://github.com/jetkvm/kvm' },
  S40: {
    key: 'S40',
    publisher: 'LOLRMM',
    title: 'Living Off the Land RMM catalogue',
    url: 'https://lolrmm.io',
  },
  S41: {
    key: 'S41',
    publisher: 'LevelBlue SpiderLabs',
    title: 'How LevelBlue OTX and Cybereason XDR Detected a North Korea-Linked Remote IT Worker (2026)',
    url: 'https://www.levelblue.com/blogs/spiderlabs-blog/how-levelblue-otx-and-cybereason-xdr-detected-a-north-korea-linked-remote-it-worker',
  },
  S45: {
    key: 'S45',
    publisher: 'Alston & Bird',
    title: 'North Korea IT fraud scheme: data security and employment-law impact (Jan 2025)',
    url: 'https://alston.com/en/insights/publications/2025/01/north-korea-it-fraud-scheme-data-security-law',
  },
} as const satisfies Record<string, Reference>;

export type SourceKey = keyof typeof SOURCES;

/** The references for a list of source keys. */
export function cite(...keys: SourceKey[]): Reference[] {
  return keys.map((key) => ({ ...SOURCES[key] }));
}
