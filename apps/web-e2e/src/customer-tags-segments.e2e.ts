import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCall, apiCreateCompany, apiSignIn } from './support/api-session';
import { DEMO_ACCOUNTS, signIn } from './support/console';

const MANAGER = 'manager@kehu.local';

/** Mainland mobile numbers no demo customer has (they are 13x), unique per run. */
function uniqueMobile(prefix: string): string {
  return `${prefix}${String(Date.now()).slice(-8)}`;
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

/** Types into an open Ant Design select and picks the option with exactly this text. */
async function pickOption(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.locator(`.ant-select-dropdown .ant-select-item-option[title="${text}"]`).click();
}

function tableRows(page: Page): Locator {
  return page.locator('.ant-table-tbody .ant-table-row');
}

/** The customer numbers in the list, once it shows exactly `count` rows. */
async function listedNumbers(page: Page, count: number): Promise<string[]> {
  // The list of a busy server may take a while; the rows, not a spinner, are awaited.
  await page.waitForFunction(
    (expected) => document.querySelectorAll('.ant-table-tbody .ant-table-row').length === expected,
    count,
    { timeout: 30_000 },
  );
  return (await tableRows(page).allInnerTexts())
    .map((row) => /C-\d{6}/.exec(row)?.[0] ?? '')
    .sort();
}

/**
 * The customer numbers in a CSV export, without the header. The export speaks the console's
 * language (zh-CN here), so the number column is found by its Chinese header, 编号.
 */
function exportedNumbers(csv: string): string[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const numberColumn = lines[0]?.split(',').indexOf('编号') ?? -1;
  expect(numberColumn).toBe(0);
  return lines
    .slice(1)
    .map((line) => line.split(',')[numberColumn] ?? '')
    .sort();
}

/** The built-in "attribute" tag group; its id is fixed by the migration that made it. */
const ATTRIBUTE_GROUP_ID = '6d0c3a52-1c8e-4b8f-9a01-000000000004';

// Each test walks a whole story through several pages and two sign-ins.
jest.setTimeout(150_000);

describe('customer tags and segments', () => {
  browserTest(
    'an admin creates a tag and a manager puts it on a customer on its 360 page',
    async ({ page, baseUrl }) => {
      // Lazy pages and lists of a busy server take longer than the suite's default.
      page.setDefaultTimeout(30_000);
      const suffix = String(Date.now()).slice(-6);
      const tagName = `重点客户 ${suffix}`;
      const manager = await apiSignIn(baseUrl, MANAGER);
      const customer = await apiCreateCompany(manager, {
        name: `松柏精密机械 ${suffix}`,
        phone: uniqueMobile('197'),
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/settings/tags`);
      const attributes = page.locator('[data-tag-group="attribute"]');
      await attributes.getByRole('button', { name: /^新建标签 · / }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('名称').fill(tagName);
      await drawer.getByRole('button', { name: '#722ed1' }).click();
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await attributes.getByText(tagName).waitFor();
      await keepScreenshot(page, 'tags-settings');

      await page.evaluate(() => window.localStorage.clear());
      await signIn(page, baseUrl, MANAGER);
      await page.goto(`${baseUrl}/customers/${customer.id}`);
      await page.getByRole('heading', { name: customer.name }).waitFor();
      const header = page.locator('[aria-label="标签"]');
      await header
        .getByRole('button')
        .filter({ hasText: /^标签$/ })
        .click();
      await pickOption(page, tagName);
      await page.getByText(`已添加标签“${tagName}”。`).waitFor();
      await header.locator('.ant-tag', { hasText: tagName }).waitFor();
      await keepScreenshot(page, 'customer-360-tags');

      // It stays after a reload: the tag is on the record, not only on the screen.
      await page.reload();
      await page.locator('[aria-label="标签"] .ant-tag', { hasText: tagName }).waitFor();
    },
  );

  browserTest(
    'a manager filters by a tag, exports exactly those rows, saves them as a segment and opens it',
    async ({ page, baseUrl }) => {
      // Lazy pages and lists of a busy server take longer than the suite's default.
      page.setDefaultTimeout(30_000);
      const suffix = String(Date.now()).slice(-6);
      const tagName = `华东重点 ${suffix}`;
      const segmentName = `华东重点客户 ${suffix}`;
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const tag = await apiCall<{ id: string }>(admin, '/tags', {
        method: 'POST',
        body: { groupId: ATTRIBUTE_GROUP_ID, name: tagName, color: '#13c2c2' },
        expected: 201,
      });
      const manager = await apiSignIn(baseUrl, MANAGER);
      const tagged = [
        await apiCreateCompany(manager, { name: `海棠贸易 ${suffix}`, phone: uniqueMobile('196') }),
        await apiCreateCompany(manager, { name: `青松物流 ${suffix}`, phone: uniqueMobile('194') }),
      ];
      const untagged = await apiCreateCompany(manager, {
        name: `银杏咨询 ${suffix}`,
        phone: uniqueMobile('195'),
      });
      for (const customer of tagged) {
        await apiCall(manager, `/customers/${customer.id}/tags`, {
          method: 'PUT',
          body: { tagIds: [tag.id] },
        });
      }
      const expected = tagged.map((customer) => customer.number).sort();

      await signIn(page, baseUrl, MANAGER);
      await page.goto(`${baseUrl}/customers`);
      await page
        .locator('.ant-select', { has: page.getByRole('combobox', { name: '同时具有这些标签' }) })
        .click();
      await pickOption(page, tagName);
      await page.keyboard.press('Escape');
      await page.waitForURL(new RegExp(`[?&]tagId=${tag.id}`));
      const filtered = await listedNumbers(page, 2);
      expect(filtered).toEqual(expected);
      expect(filtered).not.toContain(untagged.number);
      await tableRows(page).first().locator('.ant-tag', { hasText: tagName }).waitFor();
      await keepScreenshot(page, 'customers-filtered-by-tag');

      await page.getByRole('button', { name: /导\s*出/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'CSV（.csv）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^customers-.*\.csv$/);
      expect(exportedNumbers(readFileSync(await download.path(), 'utf8'))).toEqual(expected);

      await page.getByRole('button', { name: '保存为分群' }).click();
      const modal = page.getByRole('dialog');
      await modal.getByLabel('名称').fill(segmentName);
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText(`分群“${segmentName}”已保存。`).waitFor();

      await page.goto(`${baseUrl}/segments`);
      const row = tableRows(page).filter({ hasText: segmentName });
      await row.getByText('2 个客户').waitFor();
      await row.getByText('动态分群').waitFor();
      await keepScreenshot(page, 'segments-page');
      await row.getByRole('link', { name: segmentName }).click();
      await page.waitForURL(/\/customers\?segmentId=[0-9a-f-]{36}$/);
      expect(await listedNumbers(page, 2)).toEqual(expected);
      await page.getByRole('link', { name: tagged[0]?.name ?? '' }).waitFor();
    },
  );
});
