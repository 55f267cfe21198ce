import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DigestBuilder } from '../../src/report/digest.js';
import { formatHtml } from '../../src/report/html.js';
import { screenRoster } from '../../src/roster/screen-roster.js';
import { syntheticRoster } from '../links/_lib/synthetic-roster.js';
import { describeInChromium } from './_support/chromium.js';

const root = resolve(__dirname, '../..');

/** Farms of the given sizes, one member of each carrying the same photo: one network of them all. */
async function networkHtml(farmSizes: number[]): Promise<string> {
  const roster = syntheticRoster(20261205, farmSizes, 0);
  for (const farm of roster.farms) {
    const first = roster.profiles.find((p) => p.id === farm[0]);
    if (first) first.photoHash = 'photo-reused-across-farms';
  }
  const result = await screenRoster(roster.profiles, {
    now: '2026-01-15T00:00:00Z',
    links: { allowlist: roster.allowlist },
  });
  const builder = new DigestBuilder();
  for (const screening of result.screenings) builder.screening(screening);
  return formatHtml(
    builder.finish({
      rulesetVersion: 'rs-test',
      asOf: '2026-01-15T00:00:00Z',
      clusters: result.clusters,
      investigation: result.investigation,
    }),
  );
}

describeInChromium('the HTML network view', (browserOrFallback) => {
  async function open(browser: BrowserContext, html: string, name: string) {
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.html`);
    writeFileSync(path, html);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`file://${path}`);
    return { page, dir };
  }

  const overflow = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';

  it('shows a 10-member network as two farms side by side with its member table', async () => {
    const browser = browserOrFallback();
    if (!browser) return;
    const { page, dir } = await open(browser, await networkHtml([5, 5]), 'network-10');
    const section = page.locator('section.network').first();
    await expect(section.locator('.cluster-title').innerText()).resolves.toMatch(
      /^Network: 2 farms, 10 profiles at \d+ employers, joined by a reused photo/,
    );
    const groups = section.locator('svg.network-graph g.group');
    expect(await groups.count()).toBe(2);
    expect(await section.locator('details.farm[open]').count()).toBe(2);
    expect(await section.locator('table.members tbody tr').count()).toBe(10);
    const graph = await section.locator('svg.network-graph').boundingBox();
    const table = await section.locator('table.members').boundingBox();
    // The table view sits beside the graphs on a wide screen, not under them.
    expect(table && graph && table.x).toBeGreaterThan((graph?.x ?? 0) + (graph?.width ?? 0));
    await expect(page.evaluate<number>(overflow)).resolves.toBe(0);
    await section.screenshot({ path: join(dir, 'network-10.png') });
    await page.close();
  }, 60_000);

  it('keeps a 200-member network legible: ten farm boxes apart, farms past the third folded', async () => {
    const browser = browserOrFallback();
    if (!browser) return;
    const { page, dir } = await open(browser, await networkHtml(Array(10).fill(20)), 'network-200');
    const section = page.locator('section.network').first();
    await expect(section.locator('.cluster-title').innerText()).resolves.toMatch(
      /^Network: 10 farms, 200 profiles/,
    );
    const groups = section.locator('svg.network-graph g.group rect');
    expect(await groups.count()).toBe(10);
    const boxes = [];
    for (let i = 0; i < 10; i++) boxes.push(await groups.nth(i).boundingBox());
    const ys = boxes.map((box) => box?.y ?? 0).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(28);
    await section.locator('svg.network-graph').screenshot({ path: join(dir, 'network-200-overview.png') });
    expect(await section.locator('details.farm').count()).toBe(10);
    expect(await section.locator('details.farm[open]').count()).toBe(3);
    // A folded farm's graph takes no room until opened.
    const folded = section.locator('details.farm').nth(5);
    await expect(folded.locator('svg').isVisible()).resolves.toBe(false);
    const summary = folded.locator('summary');
    await summary.click();
    await folded.locator('svg').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await section.locator('table.members tbody tr').count()).toBe(200);
    await expect(page.evaluate<number>(overflow)).resolves.toBe(0);
    await page.screenshot({ path: join(dir, 'network-200.png'), fullPage: false });
    await page.close();
  }, 120_000);
});
