import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, SCREENSHOT_DIR } from './paths';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  page: Page;
  baseUrl: string;
  close: () => Promise<void>;
}

/**
 * This worker's API server: the global setup starts one per Jest worker (each on its own
 * database), so test files running side by side never see each other's data.
 */
export function apiBaseUrl(): string {
  const baseUrls = process.env.KEHU_E2E_BASE_URLS?.split(',');
  if (!baseUrls) throw new Error('KEHU_E2E_BASE_URLS is not set; run through the e2e jest config.');
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return baseUrls[(worker - 1) % baseUrls.length];
}

/** One Chromium per test file, started on first use and closed after the file's tests. */
let sharedBrowser: Promise<Browser> | undefined;

function browser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return sharedBrowser;
}

export async function closeBrowser(): Promise<void> {
  const running = sharedBrowser;
  sharedBrowser = undefined;
  if (running) await (await running).close();
}

/**
 * A fresh browser context per test (its own storage, like a new profile), so no token or
 * language choice leaks between tests. It asks for reduced motion, which the console
 * honours by not animating drawers, menus and dialogs.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const context: BrowserContext = await (
    await browser()
  ).newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, baseUrl: apiBaseUrl(), close: () => context.close() };
}

export async function saveScreenshot(page: Page, testName: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${testName.replace(/[^\w-]+/g, '-').slice(0, 120)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * A browser test: opens Chromium, runs the steps, and on failure keeps a screenshot in
 * apps/web-e2e/screenshots/. KEHU_E2E_SCREENSHOTS=all keeps one of every test.
 */
export function browserTest(name: string, steps: (session: BrowserSession) => Promise<void>): void {
  it(name, async () => {
    const session = await openBrowser();
    try {
      await steps(session);
      if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(session.page, name);
    } catch (error) {
      const file = await saveScreenshot(session.page, name).catch(() => null);
      if (file) console.error(`[web-e2e] screenshot of the failure: ${file}`);
      throw error;
    } finally {
      await session.close();
    }
  });
}
