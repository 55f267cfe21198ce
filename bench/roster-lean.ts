/**
 * `npx tsx bench/roster-lean.ts [size]` (`REREAD=1` for the API over a source read twice): the roster
 * section's measures without `screenRoster` and with one run each, for sizes where the full section
 * needs more memory or time than a shared machine has. JSON.parse, parse + zod's runtime parser (the
 * floor), parse + `safeParseProfile`, the API stream (one-shot input, or with `REREAD=1` a rereadable
 * one, which holds no profile) and the CLI (compact JSON report), after a 2,000-line warm-up; CPU time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { screenRosterStream } from '../src/roster/screen-roster-stream.js';
import { runCli } from '../src/cli/run-cli.js';
import { profileSchema } from '../src/schema/profile.js';
import { safeParseProfile } from '../src/schema/parse.js';
import { generateScenario, SCENARIO_NOW } from './scenario/generate.js';
import { DEPLOYMENT_RULES } from './scenario/deployment.js';
import { collectGarbage } from './_lib/measure.js';
const size = Number(process.argv[2] ?? 100000);
const lines: string[] = [];
for (const { profile } of generateScenario({ size, seed: 1 })) lines.push(JSON.stringify(profile));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = async (name: string, work: () => Promise<void> | void) => {
  collectGarbage();
  const t = cpu();
  const w = Date.now();
  await work();
  const ms = cpu() - t;
  console.log(
    `${name.padEnd(12)} ${(ms / 1000).toFixed(2)} s cpu (${((Date.now() - w) / 1000).toFixed(0)} s wall), ${((ms * 1000) / size).toFixed(0)} us/profile`,
  );
  return ms;
};
let sink = 0;
await time('parse', () => {
  for (const l of lines) sink += (JSON.parse(l) as { id: string }).id.length;
});
const floor = await time('parse+zod', () => {
  for (const l of lines) if (!profileSchema.safeParse(JSON.parse(l)).success) throw new Error('invalid');
});
if (!process.env.REREAD)
  await time('parse+ours', () => {
    for (const l of lines) if (!safeParseProfile(JSON.parse(l)).success) throw new Error('invalid');
  });
const options = { now: SCENARIO_NOW, rules: DEPLOYMENT_RULES };
for await (const item of screenRosterStream(
  lines.slice(0, 2000).map((l) => JSON.parse(l) as unknown),
  options,
))
  void item;
let summary = '';
const stream = await time('stream', async () => {
  // REREAD=1: the API over a source it reads twice (as the CLI reads a file), so no profile is held.
  const parsed = function* () {
    for (const l of lines) yield JSON.parse(l) as unknown;
  };
  const rereadable = {
    *read() {
      let position = 0;
      for (const l of lines)
        yield { position: position++, ok: true as const, value: JSON.parse(l) as unknown };
    },
  };
  for await (const item of screenRosterStream(process.env.REREAD ? rereadable : parsed(), options))
    if (item.kind === 'end') summary = JSON.stringify({ ...item.summary });
});
const dir = mkdtempSync(join(tmpdir(), 'hs-lean-'));
const file = join(dir, 'roster.ndjson');
const config = join(dir, 'config.json');
writeFileSync(file, `${lines.join('\n')}\n`);
writeFileSync(config, JSON.stringify(DEPLOYMENT_RULES));
lines.length = 0;
const cli = await time('cli', async () => {
  const code = await runCli(
    [
      'screen',
      file,
      '--format',
      'json',
      '--config',
      config,
      '--as-of',
      SCENARIO_NOW,
      '--output',
      join(dir, 'report.json'),
    ],
    { stdout: () => {}, stderr: (t) => process.stderr.write(t) },
  );
  if (code !== 0) throw new Error(`exit ${code}`);
});
rmSync(dir, { recursive: true, force: true });
console.log(`summary ${summary}`);
console.log(
  `ratios vs parse + zod: stream ${(stream / floor).toFixed(2)}x, cli ${(cli / floor).toFixed(2)}x ${sink < 0 ? sink : ''}`,
);
