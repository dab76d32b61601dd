import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { apiCall, apiCreateCompany, apiSignIn } from './support/api-session';
import { browserTest, openBrowser } from './support/browser';
import { moveUpWithKeyboard } from './support/keyboard-drag';
import { chooseFromUserMenu, DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/console';

const uniquePhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The 360 page's panels as the page shows them: the narrow column's cards and the tabs. */
async function shownPanels(page: Page) {
  await page.locator('[data-panel="profile"], [data-panel="customFields"]').first().waitFor();
  // The narrow column's cards; the wide column's card is the one with the tabs.
  const aside = await page
    .locator('.ant-card[data-panel]')
    .evaluateAll((cards) =>
      cards
        .filter((card) => card.querySelector('.ant-tabs') === null)
        .map((card) => (card as HTMLElement).dataset.panel),
    );
  const tabs = await page.locator('.ant-tabs-tab').allInnerTexts();
  return { aside, tabs: tabs.map((tab) => tab.trim()) };
}

async function openLayoutDrawer(page: Page) {
  await page.getByRole('button', { name: /^(layout )?布局$/ }).click();
  const drawer = page.getByTestId('layout-drawer-customer-360');
  await drawer.waitFor();
  return drawer;
}

/** Moves a panel to the top of the drawer's list with the keyboard. */
async function moveToTop(page: Page, panelKey: string, title: string) {
  const position = await page
    .locator('[data-layout-panel]')
    .evaluateAll(
      (rows, key) => rows.findIndex((row) => (row as HTMLElement).dataset.layoutPanel === key),
      panelKey,
    );
  await moveUpWithKeyboard(page, page.getByRole('button', { name: `移动「${title}」` }), position);
  await page
    .locator('[data-layout-panel]')
    .first()
    .and(page.locator(`[data-layout-panel="${panelKey}"]`))
    .waitFor();
}

describe('personal layouts', () => {
  browserTest(
    'a user hides and reorders panels of the 360 page, finds them so after signing in again, and a reset restores them',
    async ({ page, baseUrl }) => {
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const email = `layout-${randomBytes(4).toString('hex')}@test.kehu.local`;
      await apiCall(admin, '/users', {
        method: 'POST',
        body: { email, name: '版面测试员', password: DEMO_PASSWORD, roles: ['sales_rep'] },
        expected: 201,
      });
      const user = await apiSignIn(baseUrl, email);
      const customer = await apiCreateCompany(user, {
        name: `布局测试公司 ${randomBytes(3).toString('hex')}`,
        phone: uniquePhone(),
      });
      const customerPage = `${baseUrl}/customers/${customer.id}`;

      await signIn(page, baseUrl, email);
      await page.goto(customerPage);
      const before = await shownPanels(page);
      expect(before.aside).toEqual(['profile', 'customFields']);
      expect(before.tabs[0]).toBe('时间线');
      expect(before.tabs).toContain('任务');

      const drawer = await openLayoutDrawer(page);
      await drawer.locator('[data-layout-panel="customFields"]').getByText('显示').click();
      await moveToTop(page, 'tasks', '任务');
      await page.getByRole('button', { name: /^保\s?存$/ }).click();
      await page.getByText('布局已保存，在任何设备登录都会使用。').waitFor();
      await page.locator('[data-panel="customFields"]').waitFor({ state: 'detached' });

      // Signs out from the customer list: the 360 page's own header has buttons of its own.
      await page.goto(`${baseUrl}/customers`);
      await chooseFromUserMenu(page, '退出登录');
      await page.waitForURL(/\/login$/);

      // Another browser, as on another device: nothing of the first one's storage.
      const other = await openBrowser();
      try {
        await signIn(other.page, baseUrl, email);
        await other.page.goto(customerPage);
        const after = await shownPanels(other.page);
        expect(after.aside).toEqual(['profile']);
        expect(after.tabs[0]).toBe('任务');
        await other.page.locator('[data-panel="tasks"]').waitFor();

        await openLayoutDrawer(other.page);
        await other.page.getByRole('button', { name: '恢复默认' }).click();
        await other.page.getByText('已恢复默认布局。').waitFor();
        await other.page.locator('[data-panel="customFields"]').waitFor();
        const reset = await shownPanels(other.page);
        expect(reset.aside).toEqual(['profile', 'customFields']);
        expect(reset.tabs).toEqual(before.tabs);
      } finally {
        await other.close();
      }

      const stored = await apiCall<{ source: string }>(user, '/me/layouts/customer-360');
      expect(stored.source).toBe('built-in');
    },
  );

  browserTest(
    'an admin saves a lead page layout as the default for a role; a user of the role who has none of their own gets it',
    async ({ page, baseUrl }) => {
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const email = `layout-${randomBytes(4).toString('hex')}@test.kehu.local`;
      await apiCall(admin, '/users', {
        method: 'POST',
        body: { email, name: '版面市场专员', password: DEMO_PASSWORD, roles: ['marketer'] },
        expected: 201,
      });
      const lead = await apiCall<{ id: string }>(admin, '/leads', {
        method: 'POST',
        body: {
          name: `版面线索 ${randomBytes(3).toString('hex')}`,
          company: '版面公司',
          phones: [{ type: 'mobile', value: uniquePhone() }],
          ownerId: admin.user.id,
        },
        expected: 201,
      });
      const leadPage = `${baseUrl}/leads/${lead.id}`;
      try {
        await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
        await page.goto(leadPage);
        await page.locator('[data-panel="profile"]').waitFor();
        await page.getByRole('button', { name: /^(layout )?布局$/ }).click();
        const drawer = page.getByTestId('layout-drawer-lead-detail');
        await drawer.waitFor();
        const fields = drawer.getByRole('combobox', { name: '资料字段' });
        for (const label of ['公司', '电话']) {
          await fields.click();
          await fields.fill(label);
          await page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
        }
        // A click on the heading above closes the field list's dropdown, which covers what is below.
        await drawer.getByRole('heading', { name: '资料字段' }).click();
        await drawer.getByRole('combobox', { name: '角色' }).click();
        await page.locator('.ant-select-item-option').filter({ hasText: '市场专员' }).click();
        await drawer.getByRole('button', { name: '保存为该角色的默认布局' }).click();
        await page.getByText('已保存为市场专员的默认布局。').waitFor();

        const other = await openBrowser();
        try {
          await signIn(other.page, baseUrl, email);
          await other.page.goto(leadPage);
          const profile = other.page.locator('[data-panel="profile"]');
          await profile.locator('.ant-descriptions-item-label').first().waitFor();
          const labels = await profile.locator('.ant-descriptions-item-label').allInnerTexts();
          expect(labels.map((label) => label.replace(/[:：]\s*$/, '').trim())).toEqual([
            '公司',
            '电话',
          ]);
        } finally {
          await other.close();
        }
      } finally {
        await apiCall(admin, '/layouts/defaults/lead-detail?role=marketer', {
          method: 'DELETE',
          expected: 204,
        });
      }
    },
  );
});
