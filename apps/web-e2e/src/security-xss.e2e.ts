import type { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/console';

/** Every payload sets this flag or opens a dialog if the browser ever runs it. */
const FLAG = '__kehuXss';
const payload = (where: string) =>
  `${where} <img src=x onerror="window.${FLAG}='${where}'"><script>window.${FLAG}='${where}';alert(1)</script>`;

interface Json {
  [key: string]: unknown;
}

async function api(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: Json,
) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`);
  return (await response.json()) as Json;
}

/** Collects dialogs and the flag: both must stay empty while user data is on screen. */
function watchForScripts(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function expectNoScriptRan(page: Page, seen: { dialogs: string[] }): Promise<void> {
  const state = await page.evaluate((flag) => {
    const holder = window as unknown as Record<string, unknown>;
    return {
      flag: holder[flag] ?? null,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      injectedScripts: Array.from(document.querySelectorAll('script')).filter((script) =>
        script.textContent?.includes(flag),
      ).length,
    };
  }, FLAG);
  expect({ ...state, dialogs: seen.dialogs }).toEqual({
    flag: null,
    injectedImages: 0,
    injectedScripts: 0,
    dialogs: [],
  });
}

describe('user data is shown as text, never run as script', () => {
  browserTest(
    'a customer whose name, notes, tag and timeline hold script payloads renders them verbatim',
    async ({ page, baseUrl }) => {
      const login = await api(baseUrl, null, 'POST', '/auth/login', {
        email: DEMO_ACCOUNTS.admin,
        password: DEMO_PASSWORD,
      });
      const token = login.accessToken as string;
      const groups = await api(baseUrl, token, 'GET', '/tag-groups');
      const groupId = (groups.items as Json[])[0].id as string;
      const tagName = payload('tag').slice(0, 60);
      const tag = await api(baseUrl, token, 'POST', '/tags', { groupId, name: tagName });
      const name = payload('name');
      const customer = await api(baseUrl, token, 'POST', '/customers?acknowledgeDuplicates=true', {
        kind: 'company',
        name,
        notes: payload('notes'),
        phones: [{ type: 'work', value: `177${String(Date.now()).slice(-8)}` }],
      });
      const id = customer.id as string;
      await api(baseUrl, token, 'PUT', `/customers/${id}/tags`, { tagIds: [tag.id] });
      await api(baseUrl, token, 'POST', `/customers/${id}/interactions`, {
        kind: 'call',
        summary: payload('timeline'),
      });

      const seen = watchForScripts(page);
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/customers/${id}`);
      await page.getByRole('heading').getByText(name, { exact: true }).waitFor();
      await page.getByText(payload('notes')).first().waitFor();
      await page.getByText(payload('timeline')).first().waitFor();
      await page.getByText(tagName).first().waitFor();
      await expectNoScriptRan(page, seen);
    },
  );
});
