import type { Locator, Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { DEMO_ACCOUNTS, MENU_ZH, menuItem, openGroupPage, signIn } from './support/console';
import { moveUpWithKeyboard } from './support/keyboard-drag';

const MANAGER = 'manager@kehu.local';

/**
 * A button by its label: antd puts a space between two Chinese characters on a plain button
 * ("保 存"), and an icon's name comes before the label.
 */
function button(scope: Page | Locator, label: string): Locator {
  const spaced = [...label].join('\\s?');
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${spaced}$`) });
}

/** A mainland mobile number no demo record has (those are 13x), unique per run. */
function uniqueMobile(): string {
  return `197${String(Date.now()).slice(-8)}`;
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

describe('leads', () => {
  browserTest(
    'a manager creates a lead, logs a call, qualifies it and converts it into a new customer',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const person = `赵启明${stamp}`;
      const company = `北辰精密仪器${stamp}有限公司`;

      await signIn(page, baseUrl, MANAGER);
      await menuItem(page, MENU_ZH.leads).click();
      await page.waitForURL('**/leads');
      await page.getByRole('button', { name: '新建线索' }).first().click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('姓名').fill(person);
      await drawer.getByLabel('公司').fill(company);
      await drawer.getByLabel('电话').fill(uniqueMobile());
      await drawer.getByLabel('区域').fill('华北');
      await button(drawer, '保存').click();

      await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      await page.getByRole('heading', { name: person }).waitFor({ timeout: 30_000 });
      await keepScreenshot(page, 'lead-detail');

      const log = page.getByRole('form', { name: '记录跟进' });
      await log.getByLabel('内容').fill('电话沟通需求，客户计划下月采购三台设备');
      await log.getByRole('button', { name: '记录电话' }).click();
      await page.getByText('已记录到时间线。').waitFor({ timeout: 30_000 });
      await page
        .locator('[data-timeline-kind="call"]')
        .first()
        .getByText('电话沟通需求，客户计划下月采购三台设备')
        .waitFor({ timeout: 30_000 });

      await page.getByRole('button', { name: '标记为已确认' }).click();
      await page.getByText('状态已改为已确认。').waitFor({ timeout: 30_000 });

      await page.getByRole('button', { name: /转\s?化/ }).click();
      const dialog = page.getByRole('dialog', { name: `将 ${person} 转化为客户` });
      await dialog
        .getByRole('button', { name: `将新建客户「${company}」（公司）和联系人「${person}」` })
        .click();

      await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      await page.getByRole('heading', { name: company }).waitFor({ timeout: 30_000 });
      // The lead's history came along to the customer's timeline.
      await page.locator('[data-timeline-kind="converted"]').first().waitFor({ timeout: 30_000 });
      await page
        .locator('[data-timeline-kind="call"]')
        .first()
        .getByText('电话沟通需求，客户计划下月采购三台设备')
        .waitFor();
      await keepScreenshot(page, 'lead-converted-customer');
    },
  );

  browserTest(
    'an admin adds an assignment rule, moves it to the top and tests a sample lead',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const ruleName = `测试规则${stamp}`;
      const region = `西北${stamp}`;

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await openGroupPage(page, MENU_ZH.settings, '线索分配', '**/settings/lead-assignment-rules');
      await page.getByRole('heading', { name: '线索分配规则' }).waitFor({ timeout: 30_000 });

      await page.getByRole('button', { name: '添加规则' }).click();
      const modal = page.getByRole('dialog', { name: '新建规则' });
      await modal.getByLabel('规则名称').fill(ruleName);
      const regions = modal.getByRole('combobox', { name: '区域' });
      await regions.fill(region);
      await regions.press('Enter');
      await modal.getByRole('combobox', { name: '人员' }).click();
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      const assignee = (await option.innerText()).trim();
      await option.click();
      await button(modal, '保存').click();
      await modal.waitFor({ state: 'hidden' });

      const card = page.locator(`[data-rule="${ruleName}"]`);
      await card.waitFor();
      // Keyboard drag: pick the rule up, move it above every other rule, drop it.
      const position = await page
        .locator('[data-rule]')
        .evaluateAll((cards, name) => cards.findIndex((c) => c.dataset.rule === name), ruleName);
      const handle = page.getByRole('button', { name: `拖动以调整 ${ruleName} 的顺序` });
      await moveUpWithKeyboard(page, handle, position);
      await page.locator('[data-rule]').first().and(card).waitFor();

      await page.getByRole('button', { name: '保存规则' }).click();
      await page.getByText('分配规则已保存。').waitFor({ timeout: 30_000 });

      const test = page.getByRole('form', { name: '测试样例线索' });
      await test.getByLabel('区域').fill(region);
      await button(test, '测试').click();
      const result = page.getByTestId('assignment-test-result');
      await result.getByText(`匹配规则“${ruleName}”`).waitFor({ timeout: 30_000 });
      await result.getByText(`分配给：${assignee}`).waitFor();
      await keepScreenshot(page, 'lead-assignment-rules');
    },
  );

  browserTest(
    'an admin creates a web form and sees its embed snippet, then saves the scoring weights',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const formName = `展会报名表${stamp}`;

      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin);
      await page.goto(`${baseUrl}/settings/web-forms`);
      await page.getByRole('button', { name: '新建网站表单' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('名称').fill(formName);
      const origins = drawer.getByRole('combobox', { name: '允许的来源站点' });
      await origins.fill('https://expo.example.cn');
      await origins.press('Enter');
      await button(drawer, '保存').click();
      await drawer.waitFor({ state: 'hidden', timeout: 30_000 });

      // The saved form opens with its snippet, which posts to the form's public address.
      const snippet = page.getByRole('textbox', { name: '嵌入代码' });
      await snippet.waitFor({ timeout: 30_000 });
      expect(await snippet.inputValue()).toContain('/api/v1/public/forms/');
      await page.getByRole('row').filter({ hasText: formName }).waitFor();

      await page.goto(`${baseUrl}/settings/lead-scoring`);
      const completeness = page.getByRole('spinbutton', { name: '资料完整得分' });
      // Saved unchanged: other tests' leads are scored with these weights.
      await completeness.waitFor({ timeout: 30_000 });
      const current = await completeness.inputValue();
      expect(current).toMatch(/^\d+$/);
      await completeness.fill(current);
      await page.getByRole('button', { name: '保存权重' }).click();
      await page.getByText('评分权重已保存。').waitFor({ timeout: 30_000 });
      await keepScreenshot(page, 'lead-web-forms');
    },
  );
});
