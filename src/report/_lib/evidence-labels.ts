import { attributeLabel } from '../../links/cluster.js';
import type { LinkAttribute } from '../../links/lookup.js';

type Format = 'percent' | 'yesno' | 'hours' | 'attribute' | 'attributes' | 'entries' | 'pairs';

/** How one evidence key reads to an analyst; `format` when the generic rendering would mislead. */
interface Label {
  label: string;
  format?: Format;
}

const L = (label: string, format?: Format): Label => (format ? { label, format } : { label });

/**
 * Analyst-facing names of the built-in rules' evidence keys. A test collects every key the rule test
 * fixtures produce and fails when one is missing here. Keys that hold normalised link or address keys
 * are absent on purpose: {@link isInternalEvidence} hides them (the JSON report keeps them).
 */
export const EVIDENCE_LABELS: Readonly<Record<string, Label>> = {
  // links
  attribute: L('Shared', 'attribute'),
  attributes: L('Shared attributes', 'attributes'),
  identityCount: L('People sharing it'),
  organizationCount: L('Employers'),
  residentCount: L('People living there'),
  shipOnlyCount: L('People shipping there only'),
  commercial: L('Commercial address', 'yesno'),
  nameCount: L('Different names'),
  clusterSeverity: L('Cluster severity'),
  similarity: L('Similarity', 'percent'),
  // activity
  continuousHours: L('Continuous activity (hours)'),
  maxGapMinutes: L('Longest gap allowed (minutes)'),
  dailySpanHours: L('Daily active span (hours)'),
  share: L('Activity outside working hours', 'percent'),
  weekdayShareClaimed: L('Weekday share, claimed time zone', 'percent'),
  weekdayShareAtOffsets: L('Weekday share at other offsets', 'percent'),
  localMinutesByHour: L('Active hours, claimed time zone', 'hours'),
  utcMinutesByHour: L('Active hours, UTC', 'hours'),
  // address and hiring
  deliveryType: L('Delivery type'),
  changedAt: L('Address changed on'),
  deviceId: L('Device'),
  mode: L('Interview mode'),
  cameraOn: L('Camera on', 'yesno'),
  videoRequired: L('Video required', 'yesno'),
  workArrangement: L('Work arrangement'),
  interviews: L('Interviews on record'),
  automatedDocumentChecks: L('Automated document checks'),
  employerPractice: L("Employer's identity-check practice"),
  // known entities and references
  listKind: L('Kind of list'),
  listAsOf: L('List as of'),
  entryId: L('List entry'),
  entryName: L('Listed name'),
  matchedName: L('Matched name or alias'),
  strength: L('Match'),
  score: L('Match closeness', 'percent'),
  sources: L('Public sources'),
  programs: L('Sanctions programmes'),
  contact: L('Shared contact'),
  mailDomain: L('Reference e-mail domain'),
  employerDomain: L('Employer website domain'),
  // contact
  domain: L('E-mail domain'),
  list: L('Listed in'),
  e164: L('Phone number'),
  phoneCountry: L('Phone country'),
  claimedCountry: L('Claimed country'),
  parsed: L('Number as read'),
  possible: L('Could be a valid number', 'yesno'),
  lineType: L('Line type'),
  source: L('Source'),
  // identity
  entries: L('Employment entries', 'entries'),
  overlapDays: L('Overlap (days)'),
  swapped: L('Day and month swapped', 'yesno'),
  expiresOn: L('Expires on'),
  daysExpired: L('Days expired'),
  reason: L('Reason'),
  documents: L('Documents'),
  passed: L('Checked live'),
  methods: L('Check methods'),
  status: L('Status'),
  method: L('Method'),
  at: L('When'),
  start: L('Job start'),
  domainRegistered: L('Domain registered'),
  domainLookedUp: L('Registration looked up'),
  applied: L('Applied'),
  dateOfBirth: L('Date of birth'),
  graduationYear: L('Graduation year'),
  gapYears: L('Gap (years)'),
  historyStart: L('Work history starts'),
  masked: L('SSN (masked)'),
  problems: L('Problems'),
  result: L('Verification result'),
  // network
  byType: L('Logins by network type'),
  providers: L('Providers'),
  maxShare: L('Share allowed', 'percent'),
  paths: L('Records'),
  pairs: L('Login pairs', 'pairs'),
  maxKmh: L('Fastest plausible travel (km/h)'),
  byCountry: L('Logins by country'),
  claimed: L('Claimed country'),
  travelAllowanceDays: L('Travel allowance (days)'),
  farLogins: L('Distant logins'),
  // payroll
  accountLast4: L('Account ending'),
  institution: L('Institution'),
  institutionType: L('Institution type'),
  accountCountry: L('Account country'),
  roleCountry: L('Role country'),
  changes: L('Account changes'),
  // remote access
  provider: L('VPN provider'),
  name: L('Name as found'),
  names: L('Names as found'),
  reporting: L('Reported in'),
  signatures: L('Matched signatures'),
  manufacturerCode: L('Manufacturer code'),
  level: L('Match level'),
  interfaceClasses: L('USB interfaces'),
  imitates: L('Imitates'),
  tools: L('Tools'),
  devices: L('Devices'),
  deliveredAt: L('Laptop delivered'),
  firstSeenAt: L('Tool first seen'),
  maxHours: L('Window (hours)'),
};

const LIST_LIMIT = 8;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// A normalised key: upper-case parts joined by pipes ("US|37211|1420||RIDGEVIEW|DR||#|3").
const PIPE_KEY = /^[^|\s]*(\|[^|]*){2,}$/;

/**
 * Whether an evidence entry holds an internal normalised key (`shippingKey`, `homeKeys`,
 * `displayKey`, a pipe-joined key string): the message already says the address in words.
 *
 * @example
 * isInternalEvidence('shippingKey', 'US|37211|1420||RIDGEVIEW|DR||#|3') // true
 */
export function isInternalEvidence(key: string, value: unknown): boolean {
  if (/Keys?$/.test(key)) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.some((item) => typeof item === 'string' && PIPE_KEY.test(item));
}

function readableDate(text: string): string {
  const match = DATE.exec(text);
  if (!match) return text;
  const [, y, mo, d, h, mi, zone] = match;
  const day = `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}`;
  if (h === undefined) return day;
  return `${day}, ${h}:${mi}${zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`}`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "20:00-03:59" from 24 per-hour counts: the hours with any activity, as ranges. */
function activeHours(counts: readonly number[]): string {
  const active = counts.map((count) => count > 0);
  if (active.every(Boolean)) return 'around the clock';
  if (!active.some(Boolean)) return 'none';
  const ranges: string[] = [];
  // Start after an idle hour, so a range across midnight reads as one.
  const start = active.findIndex((on, i) => on && !active[(i + 23) % 24]);
  for (let k = 0; k < 24; k += 1) {
    const i = (start + k) % 24;
    if (!active[i] || active[(i + 23) % 24]) continue;
    let end = i;
    while (active[(end + 1) % 24]) end = (end + 1) % 24;
    ranges.push(`${String(i).padStart(2, '0')}:00-${String(end).padStart(2, '0')}:59`);
  }
  return ranges.join(', ');
}

function plain(value: unknown, format?: Format): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (format === 'percent') return percent(value);
    if (format === 'entries') return `#${value + 1}`;
    return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  }
  if (typeof value === 'string') {
    if (format === 'attribute') return attributeLabel(value as LinkAttribute) ?? value;
    return readableDate(value);
  }
  if (Array.isArray(value)) {
    if (format === 'hours') return activeHours(value as number[]);
    if (format === 'pairs')
      return value.map((pair) => (Array.isArray(pair) ? pair.join(' and ') : plain(pair))).join('; ');
    const item = format === 'attributes' ? 'attribute' : format;
    const shown = value.slice(0, LIST_LIMIT).map((entry) => plain(entry, item));
    const more = value.length - shown.length;
    return `${shown.join(', ') || 'none'}${more > 0 ? `, and ${more} more` : ''}`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && !isInternalEvidence(key, v))
      .map(([key, v]) => `${EVIDENCE_LABELS[key]?.label ?? key} ${plain(v, format)}`)
      .join(', ');
  }
  return String(value);
}

/** A camelCase key as words, for evidence from rules outside the built-in set. */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A finding's evidence as label/value rows an HR analyst can read: human labels, readable dates,
 * joined lists, yes/no, percentages; internal keys left out.
 *
 * @example
 * evidenceRows({ identityCount: 5, commercial: false, shippingKey: 'US|37211|1420||RIDGEVIEW|DR|' })
 * // [{ label: 'People sharing it', value: '5' }, { label: 'Commercial address', value: 'no' }]
 */
export function evidenceRows(
  evidence: Readonly<Record<string, unknown>>,
): Array<{ label: string; value: string }> {
  return Object.entries(evidence).flatMap(([key, value]) => {
    if (value === undefined || isInternalEvidence(key, value)) return [];
    const known = EVIDENCE_LABELS[key];
    return [{ label: known?.label ?? words(key), value: plain(value, known?.format) }];
  });
}
