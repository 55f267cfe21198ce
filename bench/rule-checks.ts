/**
 * `npx tsx bench/rule-checks.ts <roster.ndjson> [every]`: what the rule checks alone cost a profile
 * against a roster's whole index, for rosters too large for the bench's roster section (a million
 * records: generate one with `npx tsx bench/scenario/generate.ts --size 1m > roster-1m.ndjson`). Every
 * line is validated and indexed, then the `recommended` rules with the bench's deployment config run
 * over every `every`-th profile (default 50: 20,000 of a million), as `bench/_lib/rules-alone.ts` runs
 * them in the roster section, after 2,000 of them untimed. No employer standards are learned, where the
 * roster stream learns them. CPU of all threads and main-thread wall time a profile.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseJsonText } from '../src/_lib/json-text.js';
import { LinkIndex } from '../src/links/link-index.js';
import { safeParseProfile } from '../src/schema/parse.js';
import { timeRulesAlone } from './_lib/rules-alone.js';
import { DEPLOYMENT_RULES } from './scenario/deployment.js';
import { SCENARIO_NOW } from './scenario/generate.js';

const WARM_UP = 2_000;
const [file, everyText = '50'] = process.argv.slice(2);
const every = Number(everyText);
if (file === undefined || !Number.isInteger(every) || every < 1)
  throw new Error('usage: npx tsx bench/rule-checks.ts <roster.ndjson> [every, a positive integer]');

const linesOf = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
const index = new LinkIndex();
const sampled: string[] = [];
let records = 0;
let invalid = 0;
for await (const line of linesOf()) {
  if (line.trim() === '') continue;
  const read = parseJsonText(line);
  const parsed = read.ok ? safeParseProfile(read.value) : undefined;
  if (!parsed?.success) {
    invalid += 1;
    continue;
  }
  index.add(parsed.data);
  if (records % every === 0) sampled.push(line);
  records += 1;
}
index.clusters(); // as pass 2 meets it: the clusters built before any profile is screened
timeRulesAlone(sampled.slice(0, WARM_UP), DEPLOYMENT_RULES, SCENARIO_NOW, index, []);
const timing = timeRulesAlone(sampled, DEPLOYMENT_RULES, SCENARIO_NOW, index, []);
const per = (ms: number) => ((ms * 1000) / sampled.length).toFixed(0);
console.log(
  `${records.toLocaleString('en-US')} profiles indexed (${invalid} invalid lines skipped); ` +
    `${sampled.length.toLocaleString('en-US')} screened by ${timing.rules} rules: ` +
    `${per(timing.cpuMs)} µs of CPU and ${per(timing.wallMs)} µs of wall a profile`,
);
