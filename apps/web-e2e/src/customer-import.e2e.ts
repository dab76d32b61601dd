import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCall, apiSignIn } from './support/api-session';
import { MENU_ZH, menuItem, signIn } from './support/console';

const MANAGER = 'manager@kehu.local';

interface DemoCustomer {
  id: string;
  name: string;
  phones: Array<{ value: string }>;
}

/** A demo customer of the manager's team that has a phone, read through the API. */
async function demoCustomerWithPhone(baseUrl: string): Promise<DemoCustomer> {
  const manager = await apiSignIn(baseUrl, MANAGER);
  const { items } = await apiCall<{ items: DemoCustomer[] }>(manager, '/customers?limit=50');
  const customer = items.find((item) => item.phones.length > 0);
  if (!customer) throw new Error('no demo customer of the manager has a phone');
  return customer;
}

/** Mainland mobiles no demo customer has (those are 13x), unique per run. */
function mobiles(count: number): string[] {
  const base = Date.now() % 90_000_000;
  return Array.from({ length: count }, (_, index) => `198${String(base + index).padStart(8, '0')}`);
}

/**
 * 30 data rows: 27 new companies, one without a name (spreadsheet row 11), one with a broken
 * email (row 21) and one with the phone of an existing demo customer (row 16). The last
 * column is the demo's custom field 门店数量 (store count, for companies): 100 + the row.
 */
function importCsv(stamp: string, existing: DemoCustomer): { csv: string; names: string[] } {
  const phones = mobiles(30);
  const names: string[] = [];
  const lines = ['客户名称,手机,邮箱,客户分级,备注,门店数量'];
  for (let index = 0; index < 30; index++) {
    const row = index + 2;
    if (row === 11) lines.push(`,${phones[index]},no-name-${stamp}@example.com,意向,,`);
    else if (row === 16) lines.push(`"${existing.name}",${existing.phones[0].value},,,,`);
    else if (row === 21)
      lines.push(`星河贸易${stamp}-${row} 有限公司,${phones[index]},not-an-email,,,`);
    else {
      const name = `导入测试${stamp}-${row} 有限公司`;
      names.push(name);
      lines.push(
        `${name},${phones[index]},import-${stamp}-${row}@example.com,意向,来自表格,${100 + row}`,
      );
    }
  }
  return { csv: `${lines.join('\n')}\n`, names };
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

// One journey through all five steps, with two reloads, on a machine other runs share.
jest.setTimeout(180_000);

describe('customer import', () => {
  browserTest(
    'a manager imports a GBK spreadsheet, watches it finish, sees the skipped rows and downloads the rejected ones',
    async ({ page, baseUrl }) => {
      const existing = await demoCustomerWithPhone(baseUrl);
      const stamp = String(Date.now()).slice(-6);
      const { csv, names } = importCsv(stamp, existing);

      await signIn(page, baseUrl, MANAGER);
      await menuItem(page, MENU_ZH.customers).click();
      await page.waitForURL('**/customers');
      await page.locator('.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: '导入' }).click();
      await page.waitForURL('**/customers/import');
      await page.getByText('点击或将 CSV / XLSX 文件拖到此处').waitFor();
      await page.getByText('文件不超过 200 MB', { exact: false }).waitFor();

      // Saved by Excel on Chinese Windows: GBK, not UTF-8.
      await page.locator('input[type="file"]').setInputFiles({
        name: '客户导入.csv',
        mimeType: 'text/csv',
        buffer: iconv.encode(csv, 'gbk'),
      });
      // The import's id goes into the address, so a reload comes back to it.
      await page.waitForURL(/\/customers\/import\?job=[0-9a-f-]{36}$/);

      // Mapping: suggested from the Chinese headers (门店数量 is the demo's custom field, the
      // only choice of that name, so every column is mapped), the first rows previewed.
      const mappingRow = (header: string) => page.getByRole('row').filter({ hasText: header });
      await mappingRow('客户名称').getByText('名称 · 必填').waitFor();
      await mappingRow('手机').getByText('手机', { exact: true }).last().waitFor();
      await page.getByText('文件前几行').waitFor();
      await page.getByRole('cell', { name: names[0], exact: true }).first().waitFor();
      await page.getByText('将导入 6 列中的 6 列。').waitFor();
      await keepScreenshot(page, 'customer-import-mapping');

      // The encoding was detected; read as Big5 the headers are garbled, and back again.
      const encoding = page.getByRole('combobox', { name: '文件编码' });
      await page.getByText('GB18030 / GBK（简体中文）（自动识别）').waitFor();
      await encoding.click();
      await page.locator('.ant-select-dropdown').getByTitle('Big5（繁体中文）').click();
      await page.getByText('将导入 6 列中的 0 列。').waitFor();
      expect(await mappingRow('客户名称').count()).toBe(0);
      await encoding.click();
      await page
        .locator('.ant-select-dropdown')
        .getByTitle('GB18030 / GBK（简体中文）（自动识别）')
        .click();
      await mappingRow('客户名称').getByText('名称 · 必填').waitFor();
      await page.getByRole('cell', { name: names[0], exact: true }).first().waitFor();

      // A reload keeps the import; the suggestion is there again (the sample rows are not).
      await page.reload();
      await mappingRow('客户名称').getByText('名称 · 必填').waitFor();
      await page.getByText('示例行仅在上传后立即显示。').waitFor();
      // The custom field is suggested again: its label is both the header and the choice.
      await page.getByText('将导入 6 列中的 6 列。').waitFor();
      expect(await mappingRow('门店数量').getByText('门店数量', { exact: true }).count()).toBe(2);

      // Leaving the name out is refused before anything is sent.
      await page.getByRole('combobox', { name: '客户名称' }).click();
      await page.locator('.ant-select-dropdown').getByTitle('不导入').click();
      await page.getByText('请为“名称”选择一列：每个客户都必须有。').waitFor();
      expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
      await page.getByRole('combobox', { name: '客户名称' }).click();
      await page.locator('.ant-select-dropdown').getByTitle('名称 · 必填').click();
      await page.getByRole('button', { name: '下一步' }).click();

      // Duplicates: each mode explained; skip the row that matches the demo customer.
      await page.getByText('保留已有客户不变，该行计为“已跳过”。').waitFor();
      await page.getByText('更新已有客户').waitFor();
      await page.getByText('仍然新建客户').waitFor();
      await page.getByRole('radio', { name: /跳过/ }).check();
      await keepScreenshot(page, 'customer-import-duplicates');
      // 30 rows may finish between two polls: note whether the progress page ever showed.
      await page.evaluate(() => {
        const seen = window as unknown as { kehuSawProgress?: boolean };
        seen.kehuSawProgress = false;
        new MutationObserver((_, observer) => {
          if (document.body.textContent?.includes('可以离开此页面')) {
            seen.kehuSawProgress = true;
            observer.disconnect();
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.getByRole('button', { name: '开始导入' }).click();

      // Progress until done: the bar reaches 100 % and the counts are exact.
      const bar = page.getByRole('progressbar', { name: '导入' });
      await bar.waitFor();
      await page.getByText('导入完成').waitFor({ timeout: 60_000 });
      expect(
        await page.evaluate(
          () => (window as unknown as { kehuSawProgress?: boolean }).kehuSawProgress,
        ),
      ).toBe(true);
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');
      await page.getByText('共 30 行：新建 27，更新 0，跳过 1，拒绝 2。').waitFor();
      const count = (key: string) =>
        page.locator(`[data-count="${key}"] .ant-statistic-content-value`).innerText();
      expect(await count('total')).toBe('30');
      expect(await count('processed')).toBe('30');
      expect(await count('created')).toBe('27');
      expect(await count('updated')).toBe('0');
      expect(await count('skipped')).toBe('1');
      expect(await count('failed')).toBe('2');
      // The skipped row, with why.
      await page.getByText('跳过的行（1）').waitFor();
      const skipped = page.getByRole('row').filter({ hasText: /与 .+ 重复/ });
      await skipped.getByRole('cell', { name: '16', exact: true }).waitFor();
      await keepScreenshot(page, 'customer-import-result');

      // The error report names each rejected row, its column and the reason.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载错误报告' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('客户导入-errors.csv');
      const report = readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(report).toEqual([
        'row,column,reason',
        '11,name,name is required',
        '21,email,"email ""not-an-email"" is not an email address"',
      ]);

      // A reload shows the finished import again.
      await page.reload();
      await page.getByText('共 30 行：新建 27，更新 0，跳过 1，拒绝 2。').waitFor();

      // The imported customers are in the list.
      await page.getByRole('button', { name: '打开客户列表' }).click();
      await page.waitForURL('**/customers');
      // Newest first: the imported customers head the list.
      const imported = page.locator('.ant-table-row').filter({ hasText: names[3] });
      await imported.getByText('意向').waitFor();
      await imported.getByRole('link', { name: names[3] }).click();
      await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: names[3] }).waitFor();
      // names[3] is spreadsheet row 5: its store count came in through the custom field column.
      const values = page.getByTestId('custom-field-values');
      await values.getByText('门店数量').waitFor();
      await values.getByText('105', { exact: true }).waitFor();
    },
  );
});
