import type { Locator, Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCall, apiSignIn, type ApiSession } from './support/api-session';
import { DEMO_ACCOUNTS, signIn } from './support/console';

const MANAGER = 'manager@kehu.local';

// Each test adds through a form twice and opens several pages; a busy machine needs the room.
jest.setTimeout(180_000);

interface DemoCompany {
  id: string;
  number: string;
  name: string;
}

/**
 * Two demo companies of the manager's team that are related to nobody yet, read through
 * the API, so the holding added here is the only one into the held company.
 */
async function twoUnrelatedDemoCompanies(
  baseUrl: string,
): Promise<{ manager: ApiSession; companies: [DemoCompany, DemoCompany] }> {
  const manager = await apiSignIn(baseUrl, MANAGER);
  const { items } = await apiCall<{ items: DemoCompany[] }>(
    manager,
    '/customers?kind=company&sort=number&limit=100',
  );
  const unrelated: DemoCompany[] = [];
  for (const company of items) {
    const { edges } = await apiCall<{ edges: unknown[] }>(
      manager,
      `/customers/${company.id}/relationships`,
    );
    if (edges.length === 0) unrelated.push(company);
    if (unrelated.length === 2) {
      return {
        manager,
        companies: [unrelated[0], unrelated[1]] as [DemoCompany, DemoCompany],
      };
    }
  }
  throw new Error('the manager sees fewer than two demo companies without relationships');
}

/** The built-in holding type, related through the API as another system would. */
async function apiAddHolding(
  session: ApiSession,
  holder: DemoCompany,
  held: DemoCompany,
  percentage: string,
): Promise<void> {
  const { items } = await apiCall<{ items: Array<{ id: string; key: string }> }>(
    session,
    '/relationship-types?limit=200',
  );
  const holding = items.find((type) => type.key === 'holding');
  if (!holding) throw new Error('no built-in holding type');
  await apiCall(session, `/customers/${holder.id}/relationships`, {
    method: 'POST',
    body: { typeId: holding.id, toId: held.id, percentage },
    expected: 201,
  });
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

/** Opens the Relationships tab of a customer's 360 page and returns the panel. */
async function openRelationships(page: Page, baseUrl: string, customer: DemoCompany) {
  await page.goto(`${baseUrl}/customers/${customer.id}`);
  await page.getByRole('heading', { name: customer.name }).waitFor();
  await page.getByRole('tab', { name: '客户关系' }).click();
  const panel = page.locator('[data-panel="relationships"]');
  await panel.waitFor();
  return panel;
}

/** The list row of the relationship between the two companies. */
function edgeRow(panel: Locator, other: DemoCompany): Locator {
  return panel.locator('.ant-table-row').filter({ hasText: other.number });
}

/** Picks an option of the open Ant Design select dropdown. */
async function chooseOption(page: Page, text: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: text,
  });
  await option.first().click();
}

/**
 * Chooses the relationship type in the open drawer, and checks that it took: the dropdown
 * can close under the click while the drawer is still rendering (its type list loading),
 * leaving the field empty, so open it again and retry.
 */
async function chooseType(page: Page, drawer: Locator, type: string, meaning: string) {
  const openDropdowns = page.locator('.ant-select-dropdown:visible');
  const option = openDropdowns.locator('.ant-select-item-option', { hasText: type }).first();
  for (let attempt = 1; ; attempt++) {
    try {
      if ((await openDropdowns.count()) === 0) await drawer.getByLabel('关系类型').click();
      await option.click({ timeout: 5_000 });
      await drawer.getByText(meaning).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

describe('customer relationships', () => {
  browserTest(
    'a manager adds a 60 % holding and sees it in the list, the graph and from the other end',
    async ({ page, baseUrl }) => {
      const {
        companies: [holder, held],
      } = await twoUnrelatedDemoCompanies(baseUrl);
      await signIn(page, baseUrl, MANAGER);
      const panel = await openRelationships(page, baseUrl, holder);

      await panel.getByRole('button', { name: '添加关系' }).click();
      const drawer = page.getByRole('dialog');
      const holdingMeaning = `含义：${holder.name} → 控股 → 下方选择的客户`;
      await chooseType(page, drawer, '控股（对方视角：被控股）', holdingMeaning);
      await drawer.getByLabel('对方客户').fill(held.number);
      await chooseOption(page, held.number);
      await drawer.getByLabel('持股比例').fill('60');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('已添加关系。').waitFor();

      const row = edgeRow(panel, held);
      await row.getByText('控股').waitFor();
      await row.getByText('60%').waitFor();
      await row.getByRole('link', { name: held.name }).waitFor();
      // The graph is drawn by G6 on a canvas inside the panel.
      await panel.locator('[data-testid="relationship-graph"] canvas').first().waitFor();
      await keepScreenshot(page, 'relationships-graph');

      // The same relationship again is refused with a clear message.
      await panel.getByRole('button', { name: '添加关系' }).click();
      await chooseType(page, drawer, '控股（对方视角：被控股）', holdingMeaning);
      await drawer.getByLabel('对方客户').fill(held.number);
      await chooseOption(page, held.number);
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await drawer.getByRole('alert').getByText('这两个客户之间已存在这种关系。').waitFor();
      await drawer.getByRole('button', { name: /取\s*消/ }).click();

      await row.getByRole('link', { name: held.name }).click();
      await page.waitForURL(`**/customers/${held.id}`);
      await page.getByRole('heading', { name: held.name }).waitFor();
      await page.getByRole('tab', { name: '客户关系' }).click();
      const otherEnd = page.locator('[data-panel="relationships"]');
      const sameEdge = edgeRow(otherEnd, holder);
      await sameEdge.getByRole('link', { name: holder.name }).waitFor();
      await sameEdge.getByText('60%').waitFor();
      await sameEdge.getByText('本客户视角：被控股').waitFor();
      await otherEnd.locator('[data-testid="relationship-graph"] canvas').first().waitFor();
    },
  );

  browserTest(
    'an administrator adds a relationship type, deletes it and undoes the deletion',
    async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      // Straight to the page: the settings menu is long, and role-menus.e2e covers the menu.
      await page.goto(`${baseUrl}/settings/relationship-types`);
      await page.locator('.ant-table-row', { hasText: 'holding' }).getByText('内置').waitFor();

      const nameZh = `供货给 ${Date.now()}`;
      await page.getByRole('button', { name: '新建关系类型' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('标识').fill(`supplier-${Date.now()}`);
      await drawer.getByLabel('起点客户视角（中文）').fill(nameZh);
      await drawer.getByLabel('起点客户视角（英文）').fill('Supplies');
      await drawer.getByLabel('终点客户视角（中文）').fill('采购自');
      await drawer.getByLabel('终点客户视角（英文）').fill('Buys from');
      await drawer.getByText('起止日期').click();
      await drawer.getByRole('button', { name: /保\s*存/ }).click();

      const row = page.locator('.ant-table-row', { hasText: nameZh });
      await row.getByText('自定义').waitFor();
      await row.getByText('终点：采购自').waitFor();
      await row.getByText('起止日期').waitFor();
      await keepScreenshot(page, 'relationship-types');

      await row.getByRole('button', { name: `删除 ${nameZh}` }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await row.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /撤\s*销/ }).click();
      await page.locator('.ant-table-row', { hasText: nameZh }).waitFor();
    },
  );

  browserTest(
    'a manager changes the share of a holding, removes it and brings it back with Undo',
    async ({ page, baseUrl }) => {
      const {
        manager,
        companies: [holder, held],
      } = await twoUnrelatedDemoCompanies(baseUrl);
      await apiAddHolding(manager, holder, held, '30.00');
      await signIn(page, baseUrl, MANAGER);
      const panel = await openRelationships(page, baseUrl, holder);
      const row = edgeRow(panel, held);
      await row.getByText('30%').waitFor();

      const rowName = `${holder.name} → ${held.name}`;
      await row.getByRole('button', { name: `编辑 ${rowName}` }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('持股比例').fill('45');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await row.getByText('45%').waitFor();

      await row.getByRole('button', { name: `删除 ${rowName}` }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await panel.getByText('暂无客户关系。').waitFor();
      await page.getByRole('button', { name: /撤\s*销/ }).click();
      await edgeRow(panel, held).getByText('45%').waitFor();
    },
  );
});
