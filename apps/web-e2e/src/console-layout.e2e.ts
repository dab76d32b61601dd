import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { apiCall, apiSignIn, type ApiSession } from './support/api-session';
import { browserTest } from './support/browser';
import {
  chooseFromUserMenu,
  DEMO_ACCOUNTS,
  MENU_ZH,
  menuItem,
  signIn,
  submitLogin,
  DEMO_PASSWORD,
  sidebar,
} from './support/console';
import { REPO_ROOT } from './support/paths';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/** The demo data's tag group for attributes. */
const ATTRIBUTE_GROUP_ID = '6d0c3a52-1c8e-4b8f-9a01-000000000004';

/** The list columns a sales person works from, by their Chinese headers. */
const NEEDED_COLUMNS = ['编号', '名称', '分级', '负责人', '电话', '区域', '最近跟进', '下次跟进'];

/** Screenshots for a person to look at; tmp/ is git-ignored. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = join(REPO_ROOT, 'tmp', 'layout');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Nothing on the page is wider than the window: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.window);
}

/** The element lies wholly inside the window, left to right. */
async function expectInsideViewport(page: Page, element: Locator, label: string): Promise<void> {
  const box = await element.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect({ label, inside: box !== null && box.x >= 0 && box.x + box.width <= width }).toEqual({
    label,
    inside: true,
  });
}

function columnHeader(page: Page, title: string): Locator {
  return page.locator('.ant-table-thead th').filter({ hasText: new RegExp(`^${title}$`) });
}

async function openCustomerList(page: Page): Promise<void> {
  await menuItem(page, MENU_ZH.customers).click();
  await page.waitForURL('**/customers');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
}

async function settle(page: Page): Promise<void> {
  // Fonts and the sticky table header settle after the rows arrive.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

async function newCompany(admin: ApiSession, name: string, mobile: string) {
  return apiCall<{ id: string; number: string }>(admin, '/customers?acknowledgeDuplicates=true', {
    method: 'POST',
    expected: 201,
    body: {
      kind: 'company',
      name,
      region: '华东',
      phones: [{ type: 'mobile', value: mobile, primary: true }],
    },
  });
}

/**
 * A customer with four tags, so the list has to fold them to "+N", and with a holding in
 * another company, so the 360 page draws a relationship graph.
 */
async function customerWithTags(baseUrl: string): Promise<string> {
  const admin = await apiSignIn(baseUrl, DEMO_ACCOUNTS.admin);
  const stamp = String(Date.now()).slice(-8);
  const customer = await newCompany(admin, `布局测试 ${stamp}`, `198${stamp}`);
  const held = await newCompany(admin, `布局子公司 ${stamp}`, `197${stamp}`);
  const tagIds: string[] = [];
  for (const name of ['重点客户', '华东大区', '年度续约', '展会线索']) {
    const tag = await apiCall<{ id: string }>(admin, '/tags', {
      method: 'POST',
      expected: 201,
      body: { groupId: ATTRIBUTE_GROUP_ID, name: `${name}${stamp.slice(-3)}` },
    });
    tagIds.push(tag.id);
  }
  await apiCall(admin, `/customers/${customer.id}/tags`, { method: 'PUT', body: { tagIds } });
  const types = await apiCall<{ items: Array<{ id: string; key: string }> }>(
    admin,
    '/relationship-types?limit=200',
  );
  const holding = types.items.find((type) => type.key === 'holding');
  if (!holding) throw new Error('no built-in holding type');
  await apiCall(admin, `/customers/${customer.id}/relationships`, {
    method: 'POST',
    expected: 201,
    body: { typeId: holding.id, toId: held.id, percentage: '60' },
  });
  return customer.id;
}

describe('console layout', () => {
  browserTest(
    'the customer list fits 1440×900 with the columns a sales person needs',
    async ({ page, baseUrl }) => {
      const customerId = await customerWithTags(baseUrl);
      await page.setViewportSize(DESKTOP);
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await openCustomerList(page);
      await settle(page);
      for (const title of NEEDED_COLUMNS) {
        await expectInsideViewport(page, columnHeader(page, title), title);
      }
      await expectNoSidewaysScroll(page);
      const row = page.locator(`tr[data-row-key="${customerId}"]`);
      await expect(row.locator('[data-testid="more-tags"]').textContent()).resolves.toBe('+2');
      await expect(page.getByTestId('customer-total').textContent()).resolves.toMatch(
        /^共 [\d,]+ 个客户$/,
      );
      await keepScreenshot(page, 'customers-1440x900');
    },
  );

  browserTest(
    'on a 390 px phone the lists fold their filters and never scroll sideways',
    async ({ page, baseUrl }) => {
      await page.setViewportSize(PHONE);
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      for (const [path, name] of [
        ['/customers', 'customers'],
        ['/leads', 'leads'],
        ['/tasks', 'tasks'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator('.ant-table').first().waitFor();
        await settle(page);
        await expectNoSidewaysScroll(page);
        await keepScreenshot(page, `${name}-390x844`);
        if (name === 'customers') {
          // A phone shows the columns needed to pick a customer and call them, uncut.
          for (const title of ['名称', '分级', '电话']) {
            await expectInsideViewport(page, columnHeader(page, title), title);
          }
        }
        // The filters wait in a drawer.
        await page.getByTestId('open-filters').click();
        const drawer = page.locator('.kehu-filter-drawer .ant-drawer-body');
        await drawer.waitFor();
        await settle(page);
        await expectInsideViewport(page, drawer, `${name} filter drawer`);
        await expectNoSidewaysScroll(page);
        if (name === 'customers') await keepScreenshot(page, 'customers-filters-390x844');
        await page.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });
      }
    },
  );

  browserTest(
    'the 360 page stacks on a phone and its graph fits the panel',
    async ({ page, baseUrl }) => {
      const customerId = await customerWithTags(baseUrl);
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      for (const [size, name] of [
        [DESKTOP, '1440x900'],
        [PHONE, '390x844'],
      ] as const) {
        await page.setViewportSize(size);
        await page.goto(`${baseUrl}/customers/${customerId}`);
        const profile = page.locator('[data-panel="profile"]');
        await profile.waitFor();
        await settle(page);
        await expectNoSidewaysScroll(page);
        const main = page.locator('.ant-card[data-panel]').last();
        const [aside, mainBox] = [await profile.boundingBox(), await main.boundingBox()];
        if (name === '390x844') {
          // One column: the profile above the tabs.
          expect(aside!.y + aside!.height).toBeLessThanOrEqual(mainBox!.y);
        } else {
          expect(aside!.x + aside!.width).toBeLessThanOrEqual(mainBox!.x);
        }
        await keepScreenshot(page, `customer-360-${name}`);
        for (const tab of ['联系人', '客户关系', '任务']) {
          await main.getByRole('tab', { name: tab }).click();
          await settle(page);
          await expectNoSidewaysScroll(page);
        }
        await main.getByRole('tab', { name: '客户关系' }).click();
        const graph = page.getByTestId('relationship-graph');
        await graph.waitFor();
        await page.waitForFunction(
          () => document.querySelector('[data-testid="relationship-graph"] canvas') !== null,
        );
        const panel = await main.boundingBox();
        const graphBox = await graph.boundingBox();
        const canvas = await graph.locator('canvas').first().boundingBox();
        expect(graphBox!.x + graphBox!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
        expect(canvas!.width).toBeLessThanOrEqual(graphBox!.width + 1);
        await graph.scrollIntoViewIfNeeded();
        await keepScreenshot(page, `customer-360-relationships-${name}`);
      }
      // Narrowing the window shrinks the graph with its panel.
      await page.setViewportSize(DESKTOP);
      await page.reload();
      const graph = page.getByTestId('relationship-graph');
      await page
        .locator('.ant-card[data-panel]')
        .last()
        .getByRole('tab', { name: '客户关系' })
        .click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="relationship-graph"] canvas') !== null,
      );
      const wide = (await graph.locator('canvas').first().boundingBox())!.width;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction((before) => {
        const canvas = document.querySelector('[data-testid="relationship-graph"] canvas');
        const box = document.querySelector('[data-testid="relationship-graph"]');
        if (!canvas || !box) return false;
        const width = canvas.getBoundingClientRect().width;
        return width < before && width <= box.getBoundingClientRect().width + 1;
      }, wide);
    },
  );

  browserTest('every settings entry can be reached at 1366×768', async ({ page, baseUrl }) => {
    await page.setViewportSize(LAPTOP);
    await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
    await menuItem(page, MENU_ZH.settings).click();
    const last = menuItem(page, '线索评分');
    await last.waitFor({ state: 'visible' });
    await settle(page);
    await last.scrollIntoViewIfNeeded();
    await settle(page);
    // Nothing (such as the sidebar's collapse bar) lies over it.
    const onTop = await last.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && element.contains(hit) && box.bottom <= window.innerHeight;
    });
    expect(onTop).toBe(true);
    await keepScreenshot(page, 'sidebar-1366x768');
    await last.click({ trial: true });
    await last.click();
    await page.waitForURL('**/settings/lead-scoring');
    await expect(sidebar(page).isVisible()).resolves.toBe(true);
  });

  browserTest(
    'the chosen columns and widths stay after a reload, for that user only',
    async ({ page, baseUrl }) => {
      await page.setViewportSize(DESKTOP);
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await openCustomerList(page);
      await page.getByRole('button', { name: '列设置' }).click();
      const chooser = page.locator('.ant-popover');
      await chooser.getByRole('checkbox', { name: '区域' }).uncheck();
      await chooser.getByRole('checkbox', { name: '邮箱' }).check();
      await page.keyboard.press('Escape');
      await columnHeader(page, '邮箱').waitFor();

      // Widen the name column by dragging its edge.
      const name = columnHeader(page, '名称');
      const before = (await name.boundingBox())!;
      const handle = name.locator('[data-column-resizer]');
      const grip = (await handle.boundingBox())!;
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(grip.x + 60, grip.y + grip.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.waitForFunction(
        (width) =>
          Array.from(document.querySelectorAll('.ant-table-thead th')).some(
            (th) => th.textContent === '名称' && th.getBoundingClientRect().width >= width + 40,
          ),
        before.width,
      );

      await page.reload();
      await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
      await columnHeader(page, '邮箱').waitFor();
      await expect(columnHeader(page, '区域').count()).resolves.toBe(0);
      const after = (await columnHeader(page, '名称').boundingBox())!;
      expect(after.width).toBeGreaterThanOrEqual(before.width + 40);
      await keepScreenshot(page, 'customers-columns-after-reload');

      // Another person signing in on the same browser gets their own (default) columns.
      await chooseFromUserMenu(page, '退出登录');
      await page.waitForURL('**/login');
      await submitLogin(page, DEMO_ACCOUNTS.salesRep, DEMO_PASSWORD);
      await sidebar(page).waitFor();
      await openCustomerList(page);
      await columnHeader(page, '区域').waitFor();
      await expect(columnHeader(page, '邮箱').count()).resolves.toBe(0);
    },
  );
});
