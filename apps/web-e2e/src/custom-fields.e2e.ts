import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { apiCall, apiCreateCompany, apiSignIn } from './support/api-session';
import { browserTest, saveScreenshot } from './support/browser';
import {
  chooseFromUserMenu,
  DEMO_ACCOUNTS,
  MENU_ZH,
  openGroupPage,
  signIn,
} from './support/console';

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

/** A mainland mobile number no demo customer has (they are 13x, and unique per run). */
function uniqueMobile(): string {
  return `197${String(Date.now()).slice(-8)}`;
}

function tableRows(page: Page): Locator {
  return page.locator('.ant-table-tbody .ant-table-row');
}

/** Opens an antd select by its accessible name and picks an option by its text. */
async function pick(page: Page, scope: Page | Locator, name: string, option: string) {
  await scope.locator('.ant-select', { has: page.getByRole('combobox', { name }) }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The cells of a CSV export (quoted cells with commas are not expected here). */
function csvRows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(','));
}

describe('custom fields', () => {
  browserTest(
    'an admin adds a select field for customers, a rep fills it, filters the list by it and exports it',
    async ({ page, baseUrl }) => {
      const suffix = String(Date.now()).slice(-6);
      const key = `visit_channel_${suffix}`;
      const label = `到访渠道${suffix}`;
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const chosen = await apiCreateCompany(rep, {
        name: `展会客户${suffix}`,
        phone: uniqueMobile(),
      });
      const other = await apiCreateCompany(rep, {
        name: `电话客户${suffix}`,
        phone: uniqueMobile().replace(/^197/, '196'),
      });

      // The admin adds the field in the console, in Chinese.
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await openGroupPage(page, MENU_ZH.settings, '自定义字段', '**/settings/custom-fields');
      await page.getByRole('heading', { name: '自定义字段' }).waitFor();
      await page.getByRole('button', { name: '新建字段' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('中文名称').fill(label);
      await drawer.getByLabel('英文名称').fill(`Visit channel ${suffix}`);
      await drawer.getByLabel('字段标识').fill(key);
      await pick(page, drawer, '类型', '单选');
      const options = drawer.getByTestId('option-rows');
      for (const [optionKey, zh, en] of [
        ['fair', '展会', 'Trade fair'],
        ['referral', '转介绍', 'Referral'],
      ]) {
        await options.getByRole('button', { name: '添加选项' }).click();
        await options.getByLabel('选项标识').last().fill(optionKey);
        await options.getByLabel('中文', { exact: true }).last().fill(zh);
        await options.getByLabel('英文', { exact: true }).last().fill(en);
      }
      await drawer.getByLabel('可在列表中筛选').click();
      await keepScreenshot(page, 'custom-fields-new-field');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText(`已创建“${label}”。`).waitFor();
      const fieldRow = tableRows(page).filter({ hasText: key });
      await fieldRow.getByText('单选').waitFor();
      await fieldRow.getByText('可在列表中筛选').waitFor();
      await keepScreenshot(page, 'custom-fields-settings');

      // A sales rep fills it on a customer.
      await chooseFromUserMenu(page, '退出登录');
      await page.waitForURL('**/login');
      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/customers/${chosen.id}`);
      await page.getByRole('heading', { name: chosen.name }).waitFor();
      await page
        .getByRole('button', { name: /编\s*辑/ })
        .first()
        .click();
      const form = page.getByRole('dialog');
      await form.getByTestId('custom-field-inputs').getByText(label).waitFor();
      // The demo's purchase budget is read only for sales reps: shown, but not editable.
      expect(await form.getByLabel('年度采购预算').isDisabled()).toBe(true);
      await pick(page, form, label, '展会');
      await form.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已保存').first().waitFor();
      const values = page.getByTestId('custom-field-values');
      await values.getByText(label).waitFor();
      await values.getByText('展会').waitFor();

      const stored = await apiCall<{ customFields?: Record<string, unknown> }>(
        rep,
        `/customers/${chosen.id}`,
      );
      expect(stored.customFields?.[key]).toBe('fair');

      // The list filters by it; the filter is in the address, so it survives a reload.
      await page.goto(`${baseUrl}/customers`);
      await tableRows(page).first().waitFor();
      await pick(page, page, label, '展会');
      await page.keyboard.press('Escape');
      await page.waitForURL(new RegExp(`[?&]cf\\.${key}=fair`));
      await page.reload();
      await page.waitForFunction(
        () => document.querySelectorAll('.ant-table-tbody .ant-table-row').length === 1,
        undefined,
        { timeout: 30_000 },
      );
      await tableRows(page).getByRole('link', { name: chosen.name }).waitFor();
      expect(await tableRows(page).filter({ hasText: other.name }).count()).toBe(0);
      await keepScreenshot(page, 'custom-fields-filtered-list');

      // The export holds the filtered customers with the field as a column.
      await page.getByRole('button', { name: /导\s*出/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'CSV（.csv）' }).click(),
      ]);
      const [header = [], ...rows] = csvRows(readFileSync(await download.path(), 'utf8'));
      const column = header.indexOf(label);
      expect(column).toBeGreaterThan(-1);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[header.indexOf('编号')]).toBe(chosen.number);
      expect(rows[0]?.[column]).toBe('展会');
    },
  );

  browserTest(
    'an admin who changes the type of a field with values sees how many records stop it',
    async ({ page, baseUrl }) => {
      const suffix = String(Date.now()).slice(-6);
      const key = `dealer_code_${suffix}`;
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      await apiCall(admin, '/custom-fields', {
        method: 'POST',
        body: {
          recordType: 'customer',
          key,
          type: 'text',
          label: { zh: `经销商编码${suffix}`, en: `Dealer code ${suffix}` },
        },
        expected: 201,
      });
      await apiCall(admin, '/customers', {
        method: 'POST',
        body: {
          kind: 'company',
          name: `编码客户${suffix}`,
          phones: [{ type: 'work', value: uniqueMobile(), primary: true }],
          customFields: { [key]: 'SH-01' },
        },
        expected: 201,
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/settings/custom-fields`);
      const row = tableRows(page).filter({ hasText: key });
      await row.getByRole('button', { name: /编\s*辑/ }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('字段标识').waitFor();
      // The key never changes; the type may, while the values convert.
      expect(await drawer.getByLabel('字段标识').isDisabled()).toBe(true);
      await pick(page, drawer, '类型', '数字');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      const conflict = drawer.getByTestId('type-conflict');
      await conflict.waitFor();
      expect(await conflict.innerText()).toContain('有 1 条记录中此字段的值无法转换为“数字”');
      await keepScreenshot(page, 'custom-fields-type-conflict');

      const fields = await apiCall<{ items: Array<{ key: string; type: string }> }>(
        admin,
        '/custom-fields?recordType=customer&limit=100',
      );
      expect(fields.items.find((field) => field.key === key)?.type).toBe('text');
    },
  );

  browserTest(
    'a rep fills a number field on a new lead, filters the leads by a range of it and shows it as a column',
    async ({ page, baseUrl }) => {
      const suffix = String(Date.now()).slice(-6);
      const key = `booth_size_${suffix}`;
      const label = `展位面积${suffix}`;
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      await apiCall(admin, '/custom-fields', {
        method: 'POST',
        body: {
          recordType: 'lead',
          key,
          type: 'number',
          label: { zh: label, en: `Booth size ${suffix}` },
          min: 0,
          filterable: true,
          sortable: true,
        },
        expected: 201,
      });
      const person = `线索${suffix}`;

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/leads`);
      await page.getByRole('button', { name: '新建线索' }).first().click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('姓名').fill(person);
      await drawer.getByLabel(label).fill('36');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      const values = page.getByTestId('custom-field-values');
      await values.getByText(label).waitFor();
      await values.getByText('36').waitFor();

      await page.goto(`${baseUrl}/leads?cf.${key}=30..40`);
      await page.waitForFunction(
        () => document.querySelectorAll('.ant-table-tbody .ant-table-row').length === 1,
        undefined,
        { timeout: 30_000 },
      );
      await tableRows(page).getByRole('link', { name: person }).waitFor();
      await page.getByRole('button', { name: '列设置' }).click();
      await page.locator('.ant-popover').getByRole('checkbox', { name: label }).check();
      await page.keyboard.press('Escape');
      await page.locator('.ant-table-thead th', { hasText: label }).waitFor();
      await tableRows(page).getByText('36', { exact: true }).waitFor();
      await keepScreenshot(page, 'custom-fields-lead-list');

      await page.goto(`${baseUrl}/leads?cf.${key}=37..`);
      await page.getByText('没有符合筛选条件的线索。').waitFor();
      expect(await tableRows(page).count()).toBe(0);
    },
  );

  browserTest(
    'an admin puts a duplicate rule on a custom field; one made blocking over existing duplicates is refused naming the field, and the customer form names the field a new customer matches on',
    async ({ page, baseUrl }) => {
      const suffix = String(Date.now()).slice(-6);
      const key = `store_code_${suffix}`;
      const label = `门店编码${suffix}`;
      const code = `MD-${suffix}`;
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      await apiCall(admin, '/custom-fields', {
        method: 'POST',
        body: {
          recordType: 'customer',
          key,
          type: 'text',
          label: { zh: label, en: `Store code ${suffix}` },
        },
        expected: 201,
      });
      // Two customers already share the code: a warning rule may be added, a blocking one not.
      const existing: Array<{ number: string }> = [];
      for (const [name, prefix] of [
        [`静安咖啡${suffix}`, '195'],
        [`浦东书店${suffix}`, '193'],
      ] as const) {
        existing.push(
          await apiCall<{ number: string }>(admin, '/customers?acknowledgeDuplicates=true', {
            method: 'POST',
            body: {
              kind: 'company',
              name,
              phones: [
                { type: 'work', value: uniqueMobile().replace(/^197/, prefix), primary: true },
              ],
              customFields: { [key]: code },
            },
            expected: 201,
          }),
        );
      }

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/settings/duplicate-rules`);
      const section = page.getByTestId('custom-field-duplicate-rules');
      await section.getByRole('heading', { name: '自定义字段规则' }).waitFor();
      await pick(page, section, '为自定义字段添加规则', label);
      const rule = section.locator('.ant-table-row', { hasText: label });
      await rule.getByText('提醒').waitFor();
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('查重规则已保存').waitFor();
      const saved = await apiCall<{ customFieldRules: Array<{ key: string; mode: string }> }>(
        admin,
        '/settings/duplicate-rules',
      );
      expect(saved.customFieldRules).toContainEqual({ key, mode: 'warn' });

      await rule.getByText('禁止').click();
      await page.getByRole('button', { name: /保\s*存/ }).click();
      const refused = page.getByRole('alert').filter({ hasText: '规则未保存' });
      await refused.getByText(`已有客户的${label}相同`, { exact: false }).waitFor();
      await keepScreenshot(page, 'duplicate-rules-custom-field-conflict');
      await page.getByRole('button', { name: '放弃修改' }).click();

      // A new customer with the same code: the form names the field it matched on.
      await page.goto(`${baseUrl}/customers`);
      await page.getByRole('button', { name: '新建客户' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('企业名称').fill(`门店丙${suffix}`);
      await drawer.getByLabel(label).fill(code.toLowerCase());
      const warning = drawer.getByTestId('duplicate-alert');
      await warning.getByText(existing[0]?.number ?? '').waitFor();
      await warning.getByText(`${label}相同`).first().waitFor();
      await keepScreenshot(page, 'customers-form-custom-field-duplicate');

      // The rule is removed again, so other tests' customers are not compared on it.
      await apiCall(admin, '/settings/duplicate-rules', {
        method: 'PUT',
        body: {
          rules: (await apiCall<{ rules: unknown[] }>(admin, '/settings/duplicate-rules')).rules,
          customFieldRules: saved.customFieldRules.filter((other) => other.key !== key),
        },
      });
    },
  );
});
