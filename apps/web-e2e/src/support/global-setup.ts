import { existsSync } from 'node:fs';
import { startApi, type RunningApi } from './api-server';
import { API_ENTRY, CHROMIUM_PATH, CONSOLE_INDEX } from './paths';

declare global {
  var kehuE2eApis: RunningApi[] | undefined;
}

function stopWithoutBrowser(): never {
  console.warn(
    `\n[web-e2e] SKIPPED: no Chromium at ${CHROMIUM_PATH}; no browser test ran (this is not a pass).\n` +
      '[web-e2e] Install it with `apt-get install chromium` or set CHROMIUM_PATH. CI requires it.\n',
  );
  process.exit(0);
}

/**
 * Starts one production server (API + built console, its own embedded database with the
 * demo data) per Jest worker: test files run side by side, each worker on its own server.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI) {
      throw new Error(`[web-e2e] Chromium is required in CI but ${CHROMIUM_PATH} does not exist.`);
    }
    stopWithoutBrowser();
  }
  const missing = [API_ENTRY, CONSOLE_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `[web-e2e] Missing build output: ${missing.join(', ')}.\n` +
        'Run `npx nx run-many -t build` first.',
    );
  }
  const count = Math.max(1, globalConfig.maxWorkers);
  const started = await Promise.allSettled(Array.from({ length: count }, () => startApi()));
  const apis = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  globalThis.kehuE2eApis = apis;
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  process.env.KEHU_E2E_BASE_URLS = apis.map((api) => api.baseUrl).join(',');
}
