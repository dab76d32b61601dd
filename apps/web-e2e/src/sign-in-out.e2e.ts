import { browserTest } from './support/browser';
import {
  chooseFromUserMenu,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loginForm,
  preferChinese,
  sidebar,
  signIn,
  submitLogin,
} from './support/console';

describe('signing in and out', () => {
  browserTest(
    'signing out returns to the login page and a reload stays signed out',
    async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);

      await chooseFromUserMenu(page, '退出登录');
      await page.waitForURL(/\/login$/);
      await loginForm(page).email.waitFor();

      await page.reload();
      await loginForm(page).email.waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await sidebar(page).count()).toBe(0);

      await page.goto(`${baseUrl}/settings/users`);
      await page.waitForURL(/\/login\?redirect=/);
    },
  );

  browserTest(
    'a wrong password shows an error and keeps the user on the login page',
    async ({ page, baseUrl }) => {
      await preferChinese(page);
      await page.goto(`${baseUrl}/login`);
      await submitLogin(page, DEMO_ACCOUNTS.admin, 'not-the-password');
      await page.getByRole('alert').filter({ hasText: '邮箱或密码不正确' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
    },
  );

  browserTest(
    'after signing in the user lands on the page they asked for',
    async ({ page, baseUrl }) => {
      await preferChinese(page);
      await page.goto(`${baseUrl}/settings/teams`);
      await page.waitForURL(/\/login\?redirect=%2Fsettings%2Fteams$/);
      await submitLogin(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
      await page.waitForURL('**/settings/teams');
      await page.getByRole('button', { name: '新建团队' }).waitFor();
    },
  );
});
