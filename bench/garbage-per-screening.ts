/**
 * `npx tsx bench/garbage-per-screening.ts [index size]`: the bytes one `screen()` allocates, the
 * scavenges per 10,000 screenings and the bytes promoted per screening, for new scenario profiles
 * screened against an index of `index size` profiles (default 20k) with the deployment rules. The p99
 * of a screening against a large index is set by how many screenings meet a scavenge, which is set by
 * these bytes (docs/performance.md, *Seventh round*). It runs itself again under `--trace-gc-nvp` and
 * sums what V8 reports between the markers, so the figures are V8's own counts. They still move between
 * runs of the same code, with what V8 has optimised by then: the same code gave 101 and 111 KB
 * allocated, 1.8 and 4.8 KB promoted (docs/performance.md, *Eleventh round*), so compare the mean of
 * several runs, and promotion only for large changes. CPU per screening is printed too; compare that only
 * between runs made back to back.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createScreener } from '../src/engine/screener.js';
import { LinkIndex } from '../src/links/link-index.js';
import { parseProfile } from '../src/schema/parse.js';
import { DEPLOYMENT_RULES } from './scenario/deployment.js';
import { generateScenario, parseSize, SCENARIO_NOW } from './scenario/generate.js';

const WARM_UPS = 5_000;
const TIMED = 10_000;
const START = 'garbage-per-screening: start';
const END = 'garbage-per-screening: end';

async function measure(indexSize: number): Promise<void> {
  const index = new LinkIndex();
  for (const { profile } of generateScenario({ size: indexSize, seed: 1 })) index.add(parseProfile(profile));
  index.clusters();
  const screener = createScreener({ links: index, now: SCENARIO_NOW, rules: DEPLOYMENT_RULES });
  const newcomers = [...generateScenario({ size: WARM_UPS + TIMED, seed: 2, idPrefix: 'new' })].map(
    (record) => record.profile,
  );
  for (const profile of newcomers.slice(0, WARM_UPS)) await screener.screen(profile);
  console.log(START);
  const before = process.cpuUsage();
  for (const profile of newcomers.slice(WARM_UPS)) await screener.screen(profile);
  const used = process.cpuUsage(before);
  console.log(`${END} ${(used.user + used.system) / 1000 / TIMED}`);
}

/** Sums the `--trace-gc-nvp` lines between the markers. */
function summarise(trace: string): string {
  let inside = false;
  let allocated = 0;
  let promoted = 0;
  let scavenges = 0;
  let others = 0;
  let cpuMs = Number.NaN;
  for (const line of trace.split('\n')) {
    if (line.startsWith(START)) inside = true;
    else if (line.startsWith(END)) {
      cpuMs = Number(line.slice(END.length));
      break;
    } else if (inside && line.includes(' gc=')) {
      allocated += Number(/\ballocated=(\d+)/.exec(line)?.[1] ?? 0);
      if (line.includes(' gc=s ')) {
        scavenges += 1;
        promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0);
      } else others += 1;
    }
  }
  if (Number.isNaN(cpuMs)) throw new Error('the measuring run did not finish: see its output above');
  return [
    `allocated per screening: ${(allocated / TIMED / 1024).toFixed(1)} KB`,
    `scavenges per 10,000 screenings: ${(scavenges * 10_000) / TIMED} (other collections: ${others})`,
    `promoted per screening: ${Math.round(promoted / TIMED)} B`,
    `CPU per screening: ${cpuMs.toFixed(3)} ms`,
  ].join('\n');
}

const indexSize = parseSize(process.argv[2] ?? '20k');
if (process.env.HIRESCREEN_GARBAGE_CHILD === '1') await measure(indexSize);
else {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, '--trace-gc-nvp', fileURLToPath(import.meta.url), String(indexSize)],
    { env: { ...process.env, HIRESCREEN_GARBAGE_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  console.log(
    `${TIMED.toLocaleString('en-US')} new profiles against a ${indexSize.toLocaleString('en-US')}-profile index, after ${WARM_UPS.toLocaleString('en-US')} warm-ups`,
  );
  console.log(summarise(run.stdout));
}
