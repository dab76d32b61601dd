import type { Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCall, apiCreateCompany, apiSignIn, type CreatedCustomer } from './support/api-session';
import { MENU_ZH, menuItem, signIn, untilStill } from './support/console';

const MANAGER = 'manager@kehu.local';

// Each test walks a whole flow (two records, a contact, a three-step merge) on a shared machine,
// where one step may wait for a busy CPU longer than the usual 15 s.
jest.setTimeout(180_000);
const STEP_TIMEOUT_MS = 30_000;

/** A mainland mobile number no demo customer has (they are 13x), different on every call. */
let mobiles = 0;
function uniqueMobile(): string {
  mobiles += 1;
  return `197${String(Date.now() + mobiles).slice(-8)}`;
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

async function openContactsTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '联系人' }).click();
  await page.locator('[data-panel="contacts"]').waitFor();
}

describe('customer contacts and merge', () => {
  browserTest(
    'a manager adds a contact to a company, edits it, and undoes removing it',
    async ({ page, baseUrl }) => {
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const manager = await apiSignIn(baseUrl, MANAGER);
      const company = await apiCreateCompany(manager, {
        name: '远帆船舶配件有限公司',
        phone: uniqueMobile(),
        industry: '船舶配件',
      });

      await signIn(page, baseUrl, MANAGER);
      await page.goto(`${baseUrl}/customers/${company.id}`);
      await page.getByRole('heading', { name: company.name }).waitFor();

      // A new person as the company's first (so primary) contact.
      await openContactsTab(page);
      await page.getByRole('button', { name: '添加联系人' }).click();
      const drawer = page.getByRole('dialog', { name: /添加联系人/ });
      await drawer.getByLabel('姓名').fill('周晓岚');
      await drawer.getByLabel('电话 1', { exact: true }).fill(uniqueMobile());
      await drawer.getByLabel('职务').fill('采购经理');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已添加联系人 周晓岚。').waitFor();
      const contact = page.locator('[data-panel="contacts"] li').filter({ hasText: '周晓岚' });
      await contact.getByText('主要联系人').waitFor();
      await contact.getByText('采购经理').waitFor();

      await contact.getByRole('button', { name: '编辑 周晓岚' }).click();
      const edit = page.getByRole('dialog', { name: '编辑联系人 周晓岚' });
      await edit.getByLabel('职务').fill('采购总监');
      await edit.getByLabel('部门').fill('采购部');
      await edit.getByLabel('备注').fill('周二上午方便联系');
      await edit.getByRole('button', { name: /保\s*存/ }).click();
      await contact.getByText('采购总监 · 采购部').waitFor();
      await contact.getByText('周二上午方便联系').waitFor();
      await keepScreenshot(page, 'customer-contacts');

      // Removed by mistake, brought back with Undo.
      await contact.getByRole('button', { name: '删除 周晓岚' }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await contact.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /撤\s*销/ }).click();
      await page
        .locator('[data-panel="contacts"] li')
        .filter({ hasText: '周晓岚' })
        .getByText('采购总监 · 采购部')
        .waitFor();
    },
  );

  browserTest(
    'a manager merges a near-duplicate into the original and lands on the survivor',
    async ({ page, baseUrl }) => {
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const manager = await apiSignIn(baseUrl, MANAGER);
      const original = await apiCreateCompany(manager, {
        name: '澄明光学仪器有限公司',
        phone: uniqueMobile(),
        industry: '光学仪器',
      });

      // The same company entered again under a shorter name, despite the warning.
      await signIn(page, baseUrl, MANAGER);
      await menuItem(page, MENU_ZH.customers).click();
      await page.waitForURL('**/customers');
      const newCustomer = page.getByRole('button', { name: '新建客户' });
      await newCustomer.waitFor();
      await newCustomer.click();
      const form = page.getByRole('dialog');
      await form.getByLabel('企业名称').fill('澄明光学仪器');
      await form.getByLabel('电话 1', { exact: true }).fill(uniqueMobile());
      await form.getByLabel('行业').fill('精密制造');
      await form.getByTestId('duplicate-alert').getByText(original.number).waitFor();
      await form.getByRole('button', { name: /保\s*存/ }).click();
      const confirm = page.getByRole('dialog', { name: '存在相似客户，仍要保存吗？' });
      await untilStill(confirm, '.ant-modal-root');
      await confirm.getByRole('button', { name: '仍然保存' }).click();
      await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: '澄明光学仪器', exact: true }).waitFor();
      const duplicateId = page.url().split('/').pop() ?? '';
      expect(duplicateId).not.toBe(original.id);
      const { number: duplicateNumber } = await apiCall<CreatedCustomer>(
        manager,
        `/customers/${duplicateId}`,
      );
      // Meanwhile a colleague records a contact on the duplicate.
      await apiCall(manager, `/customers/${duplicateId}/contacts`, {
        method: 'POST',
        body: { person: { name: '钱立军' }, title: '技术总监' },
        expected: 201,
      });

      // Its name stays the original's, the industry is taken from the duplicate.
      await page.getByRole('button', { name: '合并…' }).click();
      const merge = page.getByRole('dialog', { name: /将重复客户合并到/ });
      await untilStill(merge, '.ant-modal-root');
      await merge.getByRole('radio', { name: new RegExp(original.number) }).check();
      await merge.getByRole('button', { name: '下一步' }).click();
      const survivorChoice = merge.getByRole('radio', {
        name: `保留 ${original.number} 澄明光学仪器有限公司`,
      });
      // The older record stays unless the user says otherwise.
      expect(await survivorChoice.isChecked()).toBe(true);
      await merge.getByRole('radio', { name: `保留 ${original.number} 的名称` }).check();
      await merge.getByRole('radio', { name: `保留 ${duplicateNumber} 的行业` }).check();
      await merge.locator('[data-merged="industry"]').getByText('精密制造').waitFor();
      await merge.locator('[data-merged="name"]').getByText('澄明光学仪器有限公司').waitFor();
      await keepScreenshot(page, 'customer-merge-compare');
      await merge.getByRole('button', { name: '下一步' }).click();
      await merge.getByTestId('merge-moves').getByText('联系人：1').waitFor();
      await keepScreenshot(page, 'customer-merge-confirm');
      await merge.getByRole('button', { name: /合\s*并/ }).click();

      await page.waitForURL(`**/customers/${original.id}`);
      await page.getByRole('heading', { name: '澄明光学仪器有限公司' }).waitFor();
      await page.locator('[data-panel="profile"]').getByText('精密制造').waitFor();
      await openContactsTab(page);
      const moved = page.locator('[data-panel="contacts"] li').filter({ hasText: '钱立军' });
      await moved.getByText('技术总监').waitFor();

      // The merged-away record's address leads to the survivor.
      await page.goto(`${baseUrl}/customers/${duplicateId}`);
      await page.waitForURL(`**/customers/${original.id}`);
      await page.getByRole('heading', { name: '澄明光学仪器有限公司' }).waitFor();
    },
  );
});
