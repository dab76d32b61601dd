import { existsSync } from 'node:fs';
import { startApi, type RunningApi } from './api-server';
import { API_ENTRY, CHROMIUM_PATH, CONSOLE_INDEX } from './paths';

declare global {
  var kehuE2eApi: RunningApi | undefined;
}

function stopWithoutBrowser(): never {
  console.warn(
    `\n[web-e2e] SKIPPED: no Chromium at ${CHROMIUM_PATH}; no browser test ran (this is not a pass).\n` +
      '[web-e2e] Install it with `apt-get install chromium` or set CHROMIUM_PATH. CI requires it.\n',
  );
  process.exit(0);
}

export default async function globalSetup(): Promise<void> {
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
  const api = await startApi();
  globalThis.kehuE2eApi = api;
  process.env.KEHU_E2E_BASE_URL = api.baseUrl;
}
