import type { Page } from 'playwright-core';
import { browserTest } from './support/browser';
import {
  DEMO_ACCOUNTS,
  MENU_ZH,
  MODULE_MENUS_ZH,
  menuItem,
  signIn,
  waitForMenus,
} from './support/console';

async function expectMenu(
  page: Page,
  visible: readonly string[],
  hidden: readonly string[],
): Promise<void> {
  await waitForMenus(page, visible);
  for (const label of hidden) expect(await menuItem(page, label).count()).toBe(0);
}

async function expectNoAccessAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByText('无访问权限').waitFor();
  expect(await page.getByRole('table').count()).toBe(0);
}

describe('menus follow the role', () => {
  browserTest('a viewer sees the read-only modules but not Settings', async ({ page, baseUrl }) => {
    await signIn(page, baseUrl, DEMO_ACCOUNTS.viewer);
    await expectMenu(page, MODULE_MENUS_ZH, [MENU_ZH.settings]);
    await expectNoAccessAt(page, `${baseUrl}/settings/users`);
  });

  browserTest(
    'a sales rep sees the sales modules only and not Settings',
    async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await expectMenu(
        page,
        [MENU_ZH.customers, MENU_ZH.leads, MENU_ZH.pipeline],
        [MENU_ZH.tickets, MENU_ZH.surveys, MENU_ZH.reports, MENU_ZH.settings],
      );
      await expectNoAccessAt(page, `${baseUrl}/settings/users`);
    },
  );
});
