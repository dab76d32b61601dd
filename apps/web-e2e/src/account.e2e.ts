import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiSignIn } from './support/api-session';
import { browserTest } from './support/browser';
import {
  chooseFromUserMenu,
  DEMO_ACCOUNTS,
  MENU_EN,
  MENU_ZH,
  menuItem,
  preferChinese,
  sidebar,
  submitLogin,
} from './support/console';

const PASSWORD = 'Account-pass-1234';

/** A new viewer made by the admin, with no saved language. */
async function newAccount(baseUrl: string): Promise<{ id: string; email: string }> {
  const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
  const email = `account-${randomBytes(4).toString('hex')}@test.kehu.local`;
  const user = await apiCall<{ id: string; locale: string | null }>(admin, '/users', {
    method: 'POST',
    body: { email, name: '账户测试', password: PASSWORD, roles: ['viewer'] },
    expected: 201,
  });
  expect(user.locale).toBeNull();
  return { id: user.id, email };
}

async function signInAs(page: Page, baseUrl: string, email: string, password = PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, email, password);
  await sidebar(page).waitFor();
}

describe('the account', () => {
  browserTest(
    'the language picked in the console is saved and wins over the browser’s at the next sign-in',
    async ({ page, baseUrl }) => {
      const { id, email } = await newAccount(baseUrl);
      await preferChinese(page);
      await signInAs(page, baseUrl, email);
      await menuItem(page, MENU_ZH.customers).waitFor();

      // Choosing a language saves it to the profile: wait for that save, then read it back.
      const profileSaved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && response.url().endsWith('/api/v1/auth/me'),
      );
      await chooseFromUserMenu(page, 'English');
      await menuItem(page, MENU_EN.customers).waitFor();
      expect((await profileSaved).ok()).toBe(true);
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const saved = (await apiCall<{ locale: string | null }>(admin, `/users/${id}`)).locale;
      expect(saved).toBe('en');

      await chooseFromUserMenu(page, 'Sign out');
      await page.waitForURL(/\/login$/);
      // Another pick on this browser before signing in: the saved choice still wins.
      await page.evaluate(() => window.localStorage.setItem('kehu.language', 'zh-CN'));
      await page.reload();
      await page.getByText('登录客户 Kehu CRM').waitFor();
      await submitLogin(page, email, PASSWORD);
      await menuItem(page, MENU_EN.customers).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    },
  );

  browserTest(
    'without a saved language every role gets the browser’s',
    async ({ page, baseUrl }) => {
      for (const account of [DEMO_ACCOUNTS.viewer, DEMO_ACCOUNTS.salesRep]) {
        await page.goto(`${baseUrl}/login`);
        await page.evaluate(() => window.localStorage.clear());
        await submitLogin(page, account, 'kehu-demo');
        await sidebar(page).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        await chooseFromUserMenu(page, '退出登录');
        await page.waitForURL(/\/login$/);
      }
    },
  );

  browserTest('a user changes their password on the account page', async ({ page, baseUrl }) => {
    const { email } = await newAccount(baseUrl);
    await preferChinese(page);
    await signInAs(page, baseUrl, email);
    await chooseFromUserMenu(page, '我的账户');
    await page.waitForURL(/\/account$/);

    await page.getByLabel('当前密码').fill('wrong-pass-1');
    await page.getByLabel('新密码', { exact: true }).fill('Changed-pass-5678');
    await page.getByLabel('再次输入新密码').fill('Changed-pass-5678');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('当前密码不正确。').waitFor();

    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改，其他会话已退出登录。').waitFor();

    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'Changed-pass-5678' }),
    });
    expect(response.status).toBe(200);
  });
});
