/**
 * `npx tsx bench/profile-roster.ts api|cli [size] [out.cpuprofile]`: a CPU profile of one whole-roster
 * run, as the bench's roster section times it (scenario seed 1, `recommended` + deployment config,
 * links on), after a 2,000-line warm-up, and a table of where the time went by stage. `api` is
 * `screenRosterStream` over parsed lines; `cli` is `hirescreen screen <file> --format json` in process.
 * The profiler samples every 500 µs of wall time; shares are of samples, seconds are the run's CPU time
 * shared out by them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.js';
import { screenRosterStream } from '../src/roster/screen-roster-stream.js';
import { stagesOf, type CpuProfile } from './_lib/cpu-profile.js';
import { DEPLOYMENT_RULES } from './scenario/deployment.js';
import { generateScenario, parseSize, SCENARIO_NOW } from './scenario/generate.js';

const [mode = 'api', sizeText = '10k', out] = process.argv.slice(2);
if (mode !== 'api' && mode !== 'cli') throw new Error('usage: profile-roster.ts api|cli [size] [out]');
const size = parseSize(sizeText);
const lines: string[] = [];
for (const { profile } of generateScenario({ size, seed: 1 })) lines.push(JSON.stringify(profile));
const options = { now: SCENARIO_NOW, rules: DEPLOYMENT_RULES };
const warmUp = lines.slice(0, 2_000).map((line) => JSON.parse(line) as unknown);
for await (const item of screenRosterStream(warmUp, options)) void item;

const dir = mkdtempSync(join(tmpdir(), 'hirescreen-profile-'));
const file = join(dir, 'roster.ndjson');
const config = join(dir, 'config.json');
if (mode === 'cli') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  writeFileSync(config, JSON.stringify(DEPLOYMENT_RULES));
  lines.length = 0;
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const before = process.cpuUsage();
try {
  if (mode === 'api') {
    const parsed = function* (): Generator<unknown> {
      for (const line of lines) yield JSON.parse(line) as unknown;
    };
    for await (const item of screenRosterStream(parsed(), options)) void item;
  } else {
    const args = ['screen', file, '--format', 'json', '--config', config, '--as-of', SCENARIO_NOW];
    const code = await runCli([...args, '--output', join(dir, 'report.json')], {
      stdout: () => {},
      stderr: (text) => process.stderr.write(text),
    });
    if (code !== 0) throw new Error(`hirescreen screen exited ${code}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const used = process.cpuUsage(before);
const cpuSeconds = (used.user + used.system) / 1e6;
const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
if (out) writeFileSync(out, JSON.stringify(profile));
const { stages, normalisation } = stagesOf(profile);
console.log(`${mode} ${size.toLocaleString('en-US')}: ${cpuSeconds.toFixed(2)} s CPU`);
console.log('| stage | share of samples | CPU s |\n| --- | --- | --- |');
for (const { stage, share } of stages.slice(0, 30))
  console.log(`| ${stage} | ${(share * 100).toFixed(1)} % | ${(share * cpuSeconds).toFixed(2)} |`);
console.log(
  `normalisers' own time, across stages: ${(normalisation * 100).toFixed(1)} % (${(normalisation * cpuSeconds).toFixed(2)} s)`,
);
