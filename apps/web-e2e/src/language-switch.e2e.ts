import { browserTest } from './support/browser';
import {
  chooseFromUserMenu,
  DEMO_ACCOUNTS,
  MENU_EN,
  MENU_ZH,
  menuItem,
  signIn,
} from './support/console';

describe('the language switch', () => {
  browserTest('changes the menu from Chinese to English and back', async ({ page, baseUrl }) => {
    await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
    await menuItem(page, MENU_ZH.customers).waitFor();

    await chooseFromUserMenu(page, 'English');
    await menuItem(page, MENU_EN.customers).waitFor();
    await menuItem(page, MENU_EN.settings).waitFor();
    expect(await menuItem(page, MENU_ZH.customers).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await chooseFromUserMenu(page, '简体中文');
    await menuItem(page, MENU_ZH.customers).waitFor();
    await menuItem(page, MENU_ZH.settings).waitFor();
    expect(await menuItem(page, MENU_EN.customers).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
