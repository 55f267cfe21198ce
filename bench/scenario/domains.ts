/**
 * Prior employers' websites and their registration dates, on both sides of the labelled scenario
 * (issue 21): the legitimate side has established firms with old domains, but also small firms and
 * start-ups with young ones, rebrands to a new domain after the candidate joined, and contractors'
 * own consultancies; the farm side has front companies whose domains were registered shortly before
 * the application or after the job claimed there began, and some with aged domains bought long ago.
 * Only `website` is added to the profile, so every other rule sees what it saw before; the dates
 * travel with the record (`domains`) for the quality bench's static domain provider.
 */
import type { ProfileInput } from '../../src/schema/profile.js';
import { createRng, type Rng } from '../_lib/prng.js';
import type { ScenarioRecord } from './generate.js';

const DAY = 86_400_000;
const NOW_MS = Date.parse('2025-07-01T00:00:00Z');

/** FNV-1a: a stable number from a name, so the same firm gets the same domain date in every profile. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string | undefined) => (date === undefined ? Number.NaN : Date.parse(date.slice(0, 10)));

/** When the profile applied, as the rule reads it: the first interview, the start date, or the as-of time. */
function appliedMs(p: ProfileInput): number {
  const interviews = (p.interviews ?? []).map((i) => msOf(i.at)).filter((t) => !Number.isNaN(t));
  if (interviews.length > 0) return Math.min(...interviews);
  const start = msOf(p.employment?.startDate);
  return Number.isNaN(start) ? NOW_MS : start;
}

/** An established firm: one domain per name, registered 1995-2012, the same in every profile. */
function established(employer: string): [string, number] {
  const h = hash(employer);
  return [`${slug(employer)}.com`, Date.UTC(1995, 0, 1) + (h % (18 * 365)) * DAY];
}

function legitimateWebsite(
  rng: Rng,
  p: ProfileInput,
  job: { employer: string; start?: string },
  last: boolean,
  applied: number,
): { domain: string; registered: number; tag?: string } {
  const start = msOf(job.start);
  const own = `${slug(job.employer)}-${(hash(p.id) % 9000) + 1000}`;
  if (!Number.isNaN(start) && applied - start < 3 * 365 * DAY && rng.chance(0.35))
    return { domain: `${own}.io`, registered: start - rng.int(30, 330) * DAY, tag: 'young-startup-domain' };
  if (!Number.isNaN(start) && last && p.kind === 'contractor' && rng.chance(0.3))
    return {
      domain: `${own}-consulting.com`,
      registered: start + rng.int(-90, 150) * DAY,
      tag: 'consultancy-domain',
    };
  const r = rng.next();
  if (Number.isNaN(start) || r < 0.8) {
    const [domain, registered] = established(job.employer);
    return { domain, registered };
  }
  if (r < 0.96) {
    // Small firms: most had their domain before this hire; some registered it after their first staff.
    const registered = rng.chance(0.15) ? start + rng.int(61, 400) * DAY : start - rng.int(60, 2500) * DAY;
    return { domain: `${own}.co`, registered, tag: 'small-firm-domain' };
  }
  // A rebrand: the firm moved to a new domain after the candidate joined, and before they applied.
  const latest = Math.max(start + 365 * DAY, applied - 30 * DAY);
  return {
    domain: `${own}-group.com`,
    registered: start + rng.int(365, Math.max(366, Math.floor((latest - start) / DAY))) * DAY,
    tag: 'rebrand-domain',
  };
}

/** A farm's front company: one per farm, most registered months before its members applied. */
function frontOf(seed: number, farmId: string): { domain: string; registered: number; aged: boolean } {
  const rng = createRng(seed ^ 0x0d0a1a5e, hash(farmId));
  const aged = rng.chance(0.15);
  const registered = aged
    ? Date.UTC(2008 + rng.int(0, 6), rng.int(0, 11), 1)
    : NOW_MS - rng.int(90, 900) * DAY;
  return {
    domain: `${slug(farmId)}-${rng.pick(['soft', 'tech', 'labs', 'digital'])}-${rng.int(10, 99)}.com`,
    registered,
    aged,
  };
}

/**
 * Gives the record's prior employers websites and records their registration dates in
 * `record.domains`, deterministically for the seed and the profile id.
 */
export function addEmployerDomains(record: ScenarioRecord, seed: number): void {
  const p = record.profile;
  const history = p.employment?.workHistory;
  if (!history || history.length === 0) return;
  const rng = createRng(seed ^ 0x0d0a1a5e, hash(p.id));
  const applied = appliedMs(p);
  const domains: Record<string, string> = {};
  const front = record.label.farmId === undefined ? undefined : frontOf(seed, record.label.farmId);
  history.forEach((job, i) => {
    if (job.employer === 'Summer internship' || !rng.chance(0.8)) return;
    const last = i === history.length - 1;
    if (front && (last || i === 1)) {
      job.website = `https://www.${front.domain}/`;
      domains[front.domain] = day(front.registered);
      if (front.aged && !record.label.confounders.includes('aged-front-domain'))
        record.label.confounders.push('aged-front-domain');
      return;
    }
    const site = front
      ? { domain: established(job.employer)[0], registered: established(job.employer)[1] }
      : legitimateWebsite(rng, p, job, last, applied);
    job.website = rng.chance(0.5) ? site.domain : `https://${site.domain}/`;
    domains[site.domain] = day(site.registered);
    if ('tag' in site && site.tag && !record.label.confounders.includes(site.tag))
      record.label.confounders.push(site.tag);
  });
  record.domains = domains;
}
