import type { Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCreateCompany, apiSignIn } from './support/api-session';
import { DEMO_ACCOUNTS, MENU_ZH, menuItem, signIn } from './support/console';

/** A mainland mobile number no demo customer has (they are 13x, and unique per run). */
function uniqueMobile(): string {
  return `199${String(Date.now()).slice(-8)}`;
}

const spaced = (mobile: string) =>
  `+86 ${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

async function openCustomers(page: Page): Promise<void> {
  await menuItem(page, MENU_ZH.customers).click();
  await page.waitForURL('**/customers');
  await page.locator('.ant-table-row').first().waitFor();
}

describe('customers', () => {
  browserTest(
    'a sales rep sees that a colleague already owns the phone, changes it and saves',
    async ({ page, baseUrl }) => {
      const colleague = await apiSignIn(baseUrl, 'rep2@kehu.local');
      const takenPhone = uniqueMobile();
      const existing = await apiCreateCompany(colleague, {
        name: '青禾园林工程有限公司',
        phone: takenPhone,
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await openCustomers(page);
      await keepScreenshot(page, 'customers-list');
      await page.getByRole('button', { name: '新建客户' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('企业名称').fill('Aurora Lighting Studio');
      // Typed the way people write it; the check compares normalized numbers.
      await drawer.getByLabel('电话 1', { exact: true }).fill(spaced(takenPhone));

      const warning = drawer.getByTestId('duplicate-alert');
      await warning.getByText('该客户已存在').waitFor();
      await warning.getByText(`已由 ${colleague.user.name} 负责`, { exact: false }).waitFor();
      await warning.getByText(existing.number).waitFor();
      await warning.getByText('电话相同').waitFor();
      // The colleague's customer is not shared with this rep: named, but not a link.
      expect(await warning.getByRole('link', { name: '青禾园林工程有限公司' }).count()).toBe(0);
      await keepScreenshot(page, 'customers-form-duplicate-warning');

      await drawer
        .getByLabel('电话 1', { exact: true })
        .fill(uniqueMobile().replace(/^199/, '198'));
      await warning.waitFor({ state: 'detached' });
      await drawer.getByRole('button', { name: /保\s*存/ }).click();

      await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Aurora Lighting Studio' }).waitFor();
      await page.getByText('李明').first().waitFor();
    },
  );

  browserTest(
    'a sales rep opens a customer, logs a call and sees it on the timeline',
    async ({ page, baseUrl }) => {
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const customer = await apiCreateCompany(rep, {
        name: 'Nordlicht Optics',
        phone: uniqueMobile(),
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/customers/${customer.id}`);
      await page.getByRole('heading', { name: 'Nordlicht Optics' }).waitFor();

      const log = page.getByRole('form', { name: '记录跟进' });
      await log.getByLabel('内容').fill('电话沟通报价，客户希望下周看样品');
      await log.getByLabel('参与人').fill('王总');
      await log.getByLabel('参与人').press('Enter');
      await log.getByLabel('结果').fill('约定下周二看样');
      await log.getByRole('button', { name: '记录电话' }).click();
      await page.getByText('已记录到时间线。').waitFor();

      const call = page.locator('[data-timeline-kind="call"]').first();
      await call.getByText('电话沟通报价，客户希望下周看样品').waitFor();
      await call.getByText('约定下周二看样').waitFor();
      await call.getByText('王总').waitFor();
      await call.getByText('你').first().waitFor();
      await page.getByText('创建了客户资料。').waitFor();
      await keepScreenshot(page, 'customers-360');
    },
  );

  browserTest('the list search finds a customer by its number', async ({ page, baseUrl }) => {
    const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
    const customer = await apiCreateCompany(rep, {
      name: '云杉咨询工作室',
      phone: uniqueMobile(),
    });

    await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
    await openCustomers(page);
    const search = page.getByPlaceholder('搜索名称、编号、电话或邮箱');
    await search.fill(customer.number);
    await search.press('Enter');

    await page.waitForURL(new RegExp(`[?&]q=${customer.number}`));
    // The new customer also heads the unfiltered list: wait until it is the only row.
    await page.waitForFunction((number) => {
      const rows = Array.from(document.querySelectorAll('.ant-table-row'));
      return rows.length === 1 && rows[0]?.textContent?.includes(number);
    }, customer.number);
    const rows = page.locator('.ant-table-row');
    await rows.getByRole('link', { name: '云杉咨询工作室' }).click();
    await page.waitForURL(`**/customers/${customer.id}`);
  });
});
