import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { describeInChromium } from './_support/chromium.js';

const root = resolve(__dirname, '../..');
const FARM = ['emp-1001', 'emp-1002', 'emp-1003', 'emp-1004', 'emp-1005'];

async function exampleHtml(): Promise<string> {
  let html = '';
  const code = await runCli(
    [
      'screen',
      join(root, 'examples/data/roster.json'),
      '--format',
      'html',
      '--as-of',
      '2026-02-01T00:00:00Z',
    ],
    { stdout: (t) => (html += t), stderr: () => {} },
  );
  expect(code).toBe(0);
  return html;
}

describeInChromium('the HTML report', (browserOrFallback) => {
  it('renders the histogram and the farm cluster graph offline, with no request leaving the page', async () => {
    const browser = browserOrFallback();
    if (!browser) return;
    const html = await exampleHtml();
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'report.html');
    writeFileSync(path, html);

    const page = await browser.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${path}`);

    const histogram = await page.locator('svg#histogram').boundingBox();
    expect(histogram?.width).toBeGreaterThan(100);
    expect(histogram?.height).toBeGreaterThan(50);
    expect(await page.locator('svg#histogram rect').count()).toBe(10);

    const graph = page.locator('svg.cluster-graph').first();
    const box = await graph.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(100);
    for (const id of FARM) {
      const node = graph.locator(`g.profile[data-profile="${id}"]`);
      await expect(node.isVisible()).resolves.toBe(true);
      const nodeBox = await node.boundingBox();
      expect(nodeBox?.width).toBeGreaterThan(0);
      expect(nodeBox?.height).toBeGreaterThan(0);
    }
    expect(await graph.locator('g.attribute').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#profile-emp-1001').isVisible()).resolves.toBe(true);

    const heading = await page.locator('#clusters-heading').boundingBox();
    await page.screenshot({
      path: join(dir, 'report.png'),
      fullPage: true,
      clip: { x: 0, y: Math.max(0, (heading?.y ?? 0) - 10), width: 1100, height: 900 },
    });
    expect(requests).toEqual([`file://${path}`]);
    await page.close();
  }, 60_000);

  it('uses most of a 1,400 px window, overflows at no width and shows the cluster title', async () => {
    const browser = browserOrFallback();
    if (!browser) return;
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'report-wide.html');
    writeFileSync(path, await exampleHtml());
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`file://${path}`);

    const main = await page.locator('main').boundingBox();
    expect(main?.width).toBeGreaterThanOrEqual(1300);
    const title = page.locator('.cluster-title').first();
    await expect(title.isVisible()).resolves.toBe(true);
    await expect(title.innerText()).resolves.toMatch(
      /^Farm: 5 laptops shipped to 1420 RIDGEVIEW DR #3, 37211 US, signing in from one home line/,
    );
    // Wide screens put a finding's evidence beside its message, not below it.
    const finding = page.locator('#profile-emp-1001 li.finding').nth(1);
    const message = await finding.locator('div').first().boundingBox();
    const evidence = await finding.locator('dl.evidence').boundingBox();
    expect(evidence && message && evidence.x).toBeGreaterThan((message?.x ?? 0) + (message?.width ?? 0));
    const overflow = (): Promise<number> =>
      // A string, evaluated in the page: the test's own type-check has no DOM library.
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await expect(overflow()).resolves.toBe(0);
    await page.screenshot({ path: join(dir, 'report-1400.png'), fullPage: false });

    await page.setViewportSize({ width: 800, height: 1000 });
    await expect(overflow()).resolves.toBe(0);
    const narrow = await finding.locator('dl.evidence').boundingBox();
    expect(narrow?.width).toBeGreaterThan(500);
    await page.screenshot({ path: join(dir, 'report-800.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
