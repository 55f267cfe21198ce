import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { runCli } from '../../src/cli/run-cli.js';

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

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the histogram and the farm cluster graph offline, with no request leaving the page', async () => {
    const html = await exampleHtml();
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'report.html');
    writeFileSync(path, html);

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
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
});
