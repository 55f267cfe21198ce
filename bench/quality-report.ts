/**
 * Issue 20's report budget: the HTML report of the labelled 20,000-profile scenario must stay under
 * 10 MB and render in headless Chromium in under 5 s. Measured here, never in Jest (no timed tests):
 * `npx tsx bench/quality-report.ts [--size 20k] [--runs 3]`. Needs /usr/bin/chromium (or
 * HIRESCREEN_CHROMIUM); writes .tmp/report-<size>.html.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DigestBuilder } from '../src/report/digest.js';
import { formatHtml } from '../src/report/html.js';
import { screenRoster } from '../src/roster/screen-roster.js';
import { generateScenario, parseSize, SCENARIO_NOW } from './scenario/generate.js';

async function main(argv: readonly string[]): Promise<void> {
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const size = parseSize(arg('--size') ?? '20k');
  const runs = Number(arg('--runs') ?? 3);
  const profiles = [...generateScenario({ size, seed: 1 })].map((record) => record.profile);
  const result = await screenRoster(profiles, { now: SCENARIO_NOW });
  const builder = new DigestBuilder();
  for (const screening of result.screenings) builder.screening(screening);
  const html = formatHtml(
    builder.finish({
      rulesetVersion: 'bench',
      asOf: SCENARIO_NOW,
      clusters: result.clusters,
      investigation: result.investigation,
    }),
  );
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `report-${size}.html`);
  writeFileSync(path, html);
  const bytes = Buffer.byteLength(html);
  console.log(
    `${size} profiles: ${result.clusters.length} clusters, HTML ${(bytes / 1e6).toFixed(2)} MB (${path})`,
  );

  const browser = await chromium.launch({
    executablePath: process.env.HIRESCREEN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const start = performance.now();
    await page.goto(`file://${path}`, { waitUntil: 'load' });
    // Forces style and layout of the whole page, and a frame, before the clock stops.
    await page.evaluate('document.body.scrollHeight');
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => done(0)))');
    times.push((performance.now() - start) / 1000);
    await page.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(
    `render in headless Chromium (load + layout + first frame), ${runs} runs: median ${(times[Math.floor(runs / 2)] as number).toFixed(2)} s, max ${(times[runs - 1] as number).toFixed(2)} s`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
