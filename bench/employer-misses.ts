/**
 * `npx tsx bench/employer-misses.ts [size]`: the fraudulent profiles that mode c of the quality bench
 * (one employer screening its own staff with its declared context, no roster) leaves `clear`, counted
 * by kind and by the combination of counted findings they had, with their scores; and recall and the
 * legitimate profiles sent to review by kind (issue 14's acceptance speaks of an employer's own staff).
 * Scenario seed 1.
 */
import { createStaticDomainProvider, type StaticDomainEntry } from '../src/intel/domains/static-provider.js';
import { employerScreeners } from './_lib/employer-screeners.js';
import { generateScenario, parseSize } from './scenario/generate.js';

const size = parseSize(process.argv[2] ?? '20k');
const records = [...generateScenario({ size, seed: 1 })];
const registrations = new Map<string, StaticDomainEntry>();
for (const record of records)
  for (const [domain, registered] of Object.entries(record.domains ?? {}))
    registrations.set(domain, { registered });
const domainIntel = createStaticDomainProvider(registrations, { name: 'scenario' });

const screenerOf = employerScreeners(1, domainIntel);
const combinations = new Map<string, number>();
const byKind = new Map<string, number>();
const fraudByKind = new Map<string, number>();
const legitimateByKind = new Map<string, { total: number; reviewed: number }>();
let fraud = 0;
for (const { profile, label } of records) {
  const kind = profile.kind ?? 'unknown';
  const screening = await screenerOf(profile.organizationId).screen(profile);
  if (!label.fraud) {
    const counts = legitimateByKind.get(kind) ?? { total: 0, reviewed: 0 };
    counts.total += 1;
    if (screening.decision !== 'clear') counts.reviewed += 1;
    legitimateByKind.set(kind, counts);
    continue;
  }
  fraud += 1;
  fraudByKind.set(kind, (fraudByKind.get(kind) ?? 0) + 1);
  if (screening.decision !== 'clear') continue;
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  const seen = screening.findings
    .filter((finding) => finding.counted)
    .map((finding) => `${finding.ruleId}@${finding.level}`)
    .sort();
  const key = `${kind}, score ${screening.score}: ${seen.join(' + ') || '(no finding)'}`;
  combinations.set(key, (combinations.get(key) ?? 0) + 1);
}
const missed = [...byKind.values()].reduce((a, b) => a + b, 0);
console.log(`${missed} of ${fraud} fraudulent profiles clear in mode c:`, Object.fromEntries(byKind));
for (const [kind, total] of fraudByKind) {
  const found = total - (byKind.get(kind) ?? 0);
  console.log(`recall at review, ${kind}: ${found} of ${total} (${((found / total) * 100).toFixed(2)} %)`);
}
for (const [kind, { total, reviewed }] of legitimateByKind)
  console.log(
    `legitimate at review, ${kind}: ${reviewed} of ${total} (${((reviewed / total) * 100).toFixed(2)} %)`,
  );
for (const [key, count] of [...combinations].sort((a, b) => b[1] - a[1])) console.log(`${count}\t${key}`);
