/**
 * `npx tsx bench/cold-screen.ts [size]`: the CPU one `screen()` costs for a scenario profile it has not
 * seen (recommended rules, no link index), over `size` profiles after 4,000 warm-ups, scenario seed 1.
 * CPU time, so a busy neighbour does not inflate it; compare runs made back to back.
 */
import { createScreener } from '../src/engine/screener.js';
import type { ProfileInput } from '../src/schema/profile.js';
import { generateScenario, parseSize, SCENARIO_NOW } from './scenario/generate.js';

const WARM_UPS = 4_000;
const size = parseSize(process.argv[2] ?? '20k');
const profiles: ProfileInput[] = [];
for (const { profile } of generateScenario({ size: size + WARM_UPS, seed: 1 })) profiles.push(profile);
const screener = createScreener({ now: SCENARIO_NOW });
for (const profile of profiles.slice(0, WARM_UPS)) await screener.screen(profile);
const before = process.cpuUsage();
for (const profile of profiles.slice(WARM_UPS)) await screener.screen(profile);
const used = process.cpuUsage(before);
const ms = (used.user + used.system) / 1000 / size;
console.log(`one cold screen(): ${ms.toFixed(3)} ms of CPU per profile over ${size.toLocaleString('en-US')}`);
