import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where the browser tests look for Chromium; `HIRESCREEN_CHROMIUM` points elsewhere (or at nothing, to test the fallback). */
export const CHROMIUM_PATH = process.env.HIRESCREEN_CHROMIUM || '/usr/bin/chromium';

/** `.ci/run` sets this, so a browser test that cannot launch fails there instead of passing quietly. */
export const BROWSER_REQUIRED = process.env.HIRESCREEN_REQUIRE_BROWSER === '1';

export const INSTALL_HINT = 'apt-get update && apt-get install -y --no-install-recommends chromium';

// Network-quiet flags: the report must make no request, and a browser phoning home would hide one.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumSession {
  context: BrowserContext | undefined;
  /** Why no browser is available, when `context` is undefined. */
  problem: string | undefined;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile directory (Playwright takes `--user-data-dir` only
 * through a persistent context), or says why it could not.
 *
 * @example
 * const session = await launchChromium();
 * if (session.context) await session.context.newPage();
 */
export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    return { context: undefined, problem: `${CHROMIUM_PATH} does not exist`, close: async () => {} };
  }
  const profile = mkdtempSync(join(tmpdir(), 'hirescreen-chromium-'));
  const remove = (): void => rmSync(profile, { recursive: true, force: true });
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ARGS,
    });
    return {
      context,
      problem: undefined,
      close: async () => {
        await context.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    const first = (error as Error).message.split('\n')[0] ?? 'unknown error';
    return {
      context: undefined,
      problem: `${CHROMIUM_PATH} did not launch: ${first}`,
      close: async () => {},
    };
  }
}

/** The notice printed when a browser test did not run: what is missing and how to get it. */
export function browserNotice(problem: string): string {
  const lines = [
    'BROWSER TESTS DID NOT RUN: the HTML report was not checked in a real browser.',
    `  Reason: ${problem}.`,
    `  Install Chromium:  ${INSTALL_HINT}`,
    '  or point HIRESCREEN_CHROMIUM at a Chromium binary. CI (.ci/run) sets HIRESCREEN_REQUIRE_BROWSER=1,',
    '  which turns this notice into a failure.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join('\n');
}

/**
 * `describe` for a browser test: the title says up front, in the test list itself, when Chromium is
 * missing; the session is launched once and closed after; `browser()` gives the context, or asserts the
 * documented fallback and gives undefined (which fails under `HIRESCREEN_REQUIRE_BROWSER=1`).
 */
export function describeInChromium(
  subject: string,
  body: (browser: () => BrowserContext | undefined) => void,
): void {
  const title = existsSync(CHROMIUM_PATH)
    ? `${subject} in headless Chromium`
    : `${subject} in headless Chromium (NOT RUN: ${CHROMIUM_PATH} is missing; apt-get install chromium)`;
  describe(title, () => {
    let session: ChromiumSession | undefined;
    beforeAll(async () => {
      session = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      if (session?.problem) console.warn(browserNotice(session.problem));
      await session?.close();
    });
    body(() => {
      if (session?.context) return session.context;
      const problem = session?.problem ?? 'the browser was not launched';
      if (BROWSER_REQUIRED) throw new Error(`HIRESCREEN_REQUIRE_BROWSER=1 but ${browserNotice(problem)}`);
      // Outside CI a machine with Node alone must pass `npm test`; the notice says what did not run.
      expect({ ran: false, executable: CHROMIUM_PATH, install: INSTALL_HINT }).toEqual({
        ran: false,
        executable: CHROMIUM_PATH,
        install: expect.stringContaining('apt-get install') as unknown,
      });
      return undefined;
    });
  });
}
