import { browserTest } from './support/browser';
import {
  DEMO_ACCOUNTS,
  MENU_ZH,
  MODULE_MENUS_ZH,
  menuItem,
  signIn,
  waitForMenus,
} from './support/console';

describe('an administrator', () => {
  browserTest(
    'sees every module, the demo users, and can create a team',
    async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);

      await waitForMenus(page, [...MODULE_MENUS_ZH, MENU_ZH.settings]);

      await menuItem(page, MENU_ZH.settings).click();
      await waitForMenus(page, [
        MENU_ZH.users,
        MENU_ZH.teams,
        MENU_ZH.dealerOrgs,
        MENU_ZH.apiKeys,
        MENU_ZH.audit,
      ]);

      await menuItem(page, MENU_ZH.users).click();
      await page.waitForURL('**/settings/users');
      for (const email of ['admin@kehu.local', 'rep1@kehu.local', 'viewer@kehu.local']) {
        await page
          .getByRole('cell', { name: new RegExp(email) })
          .first()
          .waitFor();
      }

      const teamName = `华南团队 ${Date.now()}`;
      await menuItem(page, MENU_ZH.teams).click();
      await page.waitForURL('**/settings/teams');
      await page.getByRole('button', { name: '新建团队' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('名称').fill(teamName);
      await drawer.getByLabel('描述').fill('负责广东、广西和海南的客户');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByRole('cell', { name: teamName, exact: true }).waitFor();
    },
  );
});
