import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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

export function apiBaseUrl(): string {
  const baseUrl = process.env.KEHU_E2E_BASE_URL;
  if (!baseUrl) throw new Error('KEHU_E2E_BASE_URL is not set; run through the e2e jest config.');
  return baseUrl;
}

/** A fresh Chromium profile per test, so no token or language choice leaks between tests. */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kehu-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    page,
    baseUrl: apiBaseUrl(),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
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
