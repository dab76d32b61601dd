import { apiCall, apiSignIn } from './support/api-session';
import { browserTest } from './support/browser';
import { DEMO_ACCOUNTS, signIn } from './support/console';

/** Enum codes of customers and audit entries that must never reach a Chinese screen. */
const RAW_CODES =
  /\b(company|person|potential|intent|deal|loyal|churned|customer|debtor|supplier|partner|competitor|create|update|true|false)\b/;

interface CreatedCustomer {
  id: string;
  version: number;
}

describe('a Chinese console shows no enum codes', () => {
  browserTest(
    'the customer list and the audit log show tiers, kinds, roles and actions in Chinese',
    async ({ page, baseUrl }) => {
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const stamp = String(Date.now()).slice(-8);
      const industry = `语言测试${stamp}`;
      const created = await apiCall<CreatedCustomer>(
        admin,
        '/customers?acknowledgeDuplicates=true',
        {
          method: 'POST',
          expected: 201,
          body: {
            kind: 'company',
            name: `汉化测试有限公司 ${stamp}`,
            tier: 'intent',
            roles: ['customer', 'supplier'],
            industry,
            phones: [{ type: 'work', value: `196${stamp}` }],
          },
        },
      );
      await apiCall(admin, `/customers/${created.id}`, {
        method: 'PATCH',
        headers: { 'If-Match': String(created.version) },
        body: { tier: 'loyal' },
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);

      await page.goto(`${baseUrl}/customers?industry=${encodeURIComponent(industry)}`);
      const row = page.locator('.ant-table-row').filter({ hasText: `汉化测试有限公司 ${stamp}` });
      await row.waitFor();
      const rowText = await row.innerText();
      expect(rowText).toContain('忠诚');
      expect(rowText).not.toMatch(RAW_CODES);

      await page.goto(`${baseUrl}/settings/audit`);
      const recordId = page.getByRole('searchbox');
      await recordId.fill(created.id);
      await recordId.press('Enter');
      // The filter goes through the address: wait until every row is this record's.
      await page.waitForURL((url) => url.searchParams.get('entityId') === created.id);
      await page.waitForFunction(
        (shortId) => {
          const rows = Array.from(document.querySelectorAll('.ant-table-tbody tr.ant-table-row'));
          return rows.length > 0 && rows.every((row) => row.textContent?.includes(shortId));
        },
        created.id.slice(0, 8),
      );
      const changes = page.locator('[data-audit-field="tier"]');
      await changes.first().waitFor();
      const table = page.locator('.ant-table-tbody');
      await table.getByText('修改', { exact: true }).waitFor();
      const tableText = await table.innerText();
      expect(tableText).toContain('意向');
      expect(tableText).toContain('忠诚');
      expect(tableText).toContain('客户、供应商');
      expect(tableText).toContain('创建');
      expect(tableText).not.toMatch(RAW_CODES);
    },
  );
});
