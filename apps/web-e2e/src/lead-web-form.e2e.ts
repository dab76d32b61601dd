import type { Page } from 'playwright-core';
import { apiCall, apiSignIn, type ApiSession } from './support/api-session';
import { putAssignmentRuleFirst } from './support/assignment-rules';
import { browserTest, saveScreenshot } from './support/browser';
import { DEMO_ACCOUNTS, MENU_ZH, menuItem, signIn } from './support/console';
import { startStaticSite, type StaticSite } from './support/static-site';

// Two reps of the same team: a rep sees their own leads, not their teammates'.
const REP_WHO_GETS_IT = 'rep2@kehu.local';
const OTHER_REP = DEMO_ACCOUNTS.salesRep;

interface Company {
  id: string;
  number: string;
  name: string;
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

/** One of the rep's demo companies: the lead names it, so converting finds it as a duplicate. */
async function companyOfRep(rep: ApiSession): Promise<Company> {
  const { items } = await apiCall<{ items: Company[] }>(
    rep,
    `/customers?kind=company&ownerId=${rep.user.id}&limit=20`,
  );
  const company = items[0];
  if (!company) throw new Error(`${REP_WHO_GETS_IT} owns no demo company`);
  return company;
}

// Setup through the API, then four sign-ins and a conversion on a machine other runs share.
jest.setTimeout(240_000);

describe('lead web form', () => {
  let site: StaticSite;

  beforeAll(async () => {
    site = await startStaticSite();
  });

  afterAll(async () => {
    await site.close();
  });

  browserTest(
    'a lead sent from the embedded form on a static page reaches the rep the rules name, who converts it; the customer 360 shows its history',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const region = `川西${stamp}`;
      const ruleName = `川西网站线索${stamp}`;
      const formName = `官网报名${stamp}`;
      const visitor = `访客${stamp}`;
      const call = `电话确认需求 ${stamp}：希望下周看演示`;
      const booth = `广交会 11.2 馆 C${stamp}`;

      // Setup as the admin: a rule sending this region's web leads to the rep, and a form
      // allowed on the static site's origin (region and company are form fields).
      const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
      const rep = await apiSignIn(baseUrl, REP_WHO_GETS_IT);
      const company = await companyOfRep(rep);
      await putAssignmentRuleFirst(admin, {
        name: ruleName,
        conditions: { regions: [region], sources: ['web-form'] },
        userId: rep.user.id,
      });
      await apiCall(admin, '/settings/web-forms', {
        method: 'POST',
        expected: 201,
        body: {
          name: formName,
          allowedOrigins: [site.origin],
          fieldMapping: {
            full_name: 'name',
            company: 'company',
            mobile: 'phone',
            mail: 'email',
            area: 'region',
            message: 'notes',
          },
        },
      });

      // In the console, the admin maps one more form field to the demo's lead custom field
      // 展会展位号 (trade fair booth).
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/settings/web-forms`);
      const formRow = page.getByRole('row').filter({ hasText: formName });
      await formRow.getByRole('button', { name: `编辑 ${formName}` }).click({ timeout: 30_000 });
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('button', { name: '添加字段' }).click();
      await drawer.getByRole('textbox', { name: '表单字段' }).last().fill('booth');
      await drawer
        .locator('.ant-select', { has: page.getByRole('combobox', { name: '线索字段' }) })
        .last()
        .click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '展会展位号' })
        .click();
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await drawer.waitFor({ state: 'hidden' });

      // The snippet exactly as the settings page shows it (saving opened the form's row, now
      // with the booth field) goes onto the static page.
      const snippetBox = page.getByRole('textbox', { name: '嵌入代码' });
      await snippetBox.waitFor({ timeout: 30_000 });
      const snippet = await snippetBox.inputValue();
      expect(snippet).toContain(`${baseUrl}/api/v1/public/forms/`);
      site.publish(
        `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>欢迎</title></head>` +
          `<body><h1>产品咨询</h1>\n${snippet}\n</body></html>`,
      );

      // A visitor of the static site fills the form; it posts cross-origin, with CORS.
      await page.goto(site.origin);
      await page.getByLabel('Name / 姓名').fill(visitor);
      await page.getByLabel('Company / 公司').fill(company.name);
      await page.getByLabel('Phone / 电话').fill(`196${String(Date.now()).slice(-8)}`);
      await page.getByLabel('Email / 邮箱').fill(`visitor-${stamp}@example.cn`);
      await page.getByLabel('Region / 地区').fill(region);
      await page.getByLabel('Message / 留言').fill('想了解企业版报价');
      // The snippet labels the custom field's input by the field's labels.
      await page.getByLabel('Trade fair booth / 展会展位号').fill(booth);
      const submitted = page.waitForResponse((response) =>
        response.url().includes('/api/v1/public/forms/'),
      );
      await page.getByRole('button', { name: 'Submit / 提交' }).click();
      const response = await submitted;
      expect(response.status()).toBe(201);
      expect(response.headers()['access-control-allow-origin']).toBe(site.origin);
      await page.getByText('Thank you! 谢谢！').waitFor({ timeout: 30_000 });
      await keepScreenshot(page, 'lead-web-form-static-page');

      // The rep the rule names finds the lead in their list.
      await page.goto(baseUrl);
      await page.evaluate(() => window.localStorage.clear());
      await signIn(page, baseUrl, REP_WHO_GETS_IT);
      await menuItem(page, MENU_ZH.leads).click();
      await page.waitForURL('**/leads');
      const search = page.getByPlaceholder('搜索姓名、公司、电话、邮箱');
      await search.fill(visitor);
      await search.press('Enter');
      const leadRow = page.locator('.ant-table-row').filter({ hasText: visitor });
      await leadRow.getByText('网站表单').waitFor({ timeout: 30_000 });
      await leadRow.getByText(rep.user.name).waitFor();
      await leadRow.getByRole('link', { name: visitor }).click();
      await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      const leadId = page.url().split('/').pop() ?? '';
      await page.getByRole('heading', { name: visitor }).waitFor({ timeout: 30_000 });
      const values = page.getByTestId('custom-field-values');
      await values.getByText('展会展位号').waitFor();
      await values.getByText(booth).waitFor();
      await page
        .locator('[data-timeline-kind="assigned"]')
        .getByText(ruleName)
        .waitFor({ timeout: 30_000 });

      // A call, then the conversion: the duplicate check finds the rep's own company.
      const log = page.getByRole('form', { name: '记录跟进' });
      await log.getByLabel('内容').fill(call);
      await log.getByRole('button', { name: '记录电话' }).click();
      await page.getByText('已记录到时间线。').waitFor({ timeout: 30_000 });
      await page.locator('[data-timeline-kind="call"]').getByText(call).waitFor();

      // The dialog lists the possible customers up front, each a card with its own link
      // button; the create button spells out what it would create instead.
      await page.getByRole('button', { name: /转\s?化/ }).click();
      const dialog = page.getByRole('dialog', { name: `将 ${visitor} 转化为客户` });
      await dialog.getByText('已存在相似客户').waitFor({ timeout: 30_000 });
      const card = dialog.locator(`[data-candidate="${company.number}"]`);
      await card.getByText('公司名相同').waitFor({ timeout: 30_000 });
      await dialog
        .getByRole('button', {
          name: `都不是：将新建客户「${company.name}」（公司）和联系人「${visitor}」`,
          exact: true,
        })
        .waitFor();
      await keepScreenshot(page, 'lead-web-form-duplicates');
      await card.getByRole('button', { name: `关联到 ${company.name}`, exact: true }).click();

      // The company's 360 page: the lead's assignment, the call and the conversion.
      await page.waitForURL(`**/customers/${company.id}`, { timeout: 30_000 });
      await page.getByRole('heading', { name: company.name }).waitFor({ timeout: 30_000 });
      await page
        .locator('[data-timeline-kind="converted"]')
        .getByText(visitor, { exact: false })
        .waitFor({ timeout: 30_000 });
      await page.locator('[data-timeline-kind="call"]').getByText(call).waitFor();
      await page.locator('[data-timeline-kind="assigned"]').getByText(ruleName).waitFor();
      await keepScreenshot(page, 'lead-web-form-customer-360');

      // Another rep neither finds the lead in the list nor opens it.
      await page.evaluate(() => window.localStorage.clear());
      await signIn(page, baseUrl, OTHER_REP);
      await page.goto(`${baseUrl}/leads?q=${encodeURIComponent(visitor)}`);
      await page.getByText('没有符合筛选条件的线索。').waitFor({ timeout: 30_000 });
      expect(await page.locator('.ant-table-row').filter({ hasText: visitor }).count()).toBe(0);
      const other = await apiSignIn(baseUrl, OTHER_REP);
      await apiCall(other, `/leads/${leadId}`, { expected: 404 });
    },
  );
});
