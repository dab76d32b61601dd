import type { Page } from 'playwright-core';
import { browserTest, saveScreenshot } from './support/browser';
import { apiCall, apiCreateCompany, apiSignIn } from './support/api-session';
import { DEMO_ACCOUNTS, signIn } from './support/console';

const MANAGER = 'manager@kehu.local';

interface Task {
  id: string;
  status: string;
  dueAt: string | null;
}

/** `YYYY-MM-DD HH:mm` in local time, as the date pickers take it. */
function pickerText(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

function localDay(date: Date): string {
  return pickerText(date).slice(0, 10);
}

async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KEHU_E2E_SCREENSHOTS === 'all') await saveScreenshot(page, name);
}

/** The bell's unread count, read from its accessible name. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^通知，\d+ 条未读$/ });
  await bell.waitFor();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1]);
}

describe('today', () => {
  browserTest(
    'a rep lands on Today, adds a task due now, completes it, snoozes another and reads a notification',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const manager = await apiSignIn(baseUrl, MANAGER);
      const customer = await apiCreateCompany(rep, {
        name: `晨曦照明 ${stamp}`,
        phone: `+86 197-${stamp.slice(0, 4)}-${stamp.slice(2)}`,
      });
      const earlier = await apiCall<Task>(rep, '/tasks', {
        method: 'POST',
        body: {
          title: `寄送样品 ${stamp}`,
          customerId: customer.id,
          dueAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        },
        expected: 201,
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.waitForURL('**/today', { timeout: 30_000 });
      await page.getByRole('heading', { name: '今日需跟进' }).waitFor();
      const earlierItem = page.getByRole('listitem', { name: `寄送样品 ${stamp}` });
      await earlierItem.waitFor({ timeout: 30_000 });

      // A task due now, created from Today for the new customer.
      const title = `回电确认报价 ${stamp}`;
      await page.getByRole('button', { name: '新建任务' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('任务', { exact: true }).fill(title);
      await drawer.getByLabel('关联对象').fill(customer.name);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: customer.name })
        .first()
        .click({ timeout: 30_000 });
      const due = drawer.getByLabel('截止时间');
      const dueText = pickerText(new Date());
      await due.click();
      await due.fill(dueText);
      // The picker's OK commits the typed time (Enter would submit the whole form at once),
      // once the panel has taken it: its hour and minute are the selected ones.
      const picker = page.locator('.ant-picker-dropdown:visible');
      const columns = picker.locator('.ant-picker-time-panel-column');
      const selected = '.ant-picker-time-panel-cell-selected';
      await columns
        .nth(0)
        .locator(selected, { hasText: dueText.slice(11, 13) })
        .waitFor();
      await columns
        .nth(1)
        .locator(selected, { hasText: dueText.slice(14, 16) })
        .waitFor();
      await picker.locator('.ant-picker-ok button').click();
      await picker.waitFor({ state: 'hidden' });
      await drawer.locator(`input[value="${dueText}"]`).waitFor();
      const [saved] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.request().method() === 'POST' && response.url().endsWith('/api/v1/tasks'),
        ),
        drawer.getByRole('button', { name: /保\s*存/ }).click(),
      ]);
      expect(saved.status()).toBe(201);
      const savedTask = (await saved.json()) as Task;
      expect(pickerText(new Date(savedTask.dueAt ?? ''))).toBe(dueText);
      await drawer.waitFor({ state: 'hidden', timeout: 30_000 });

      const item = page.getByRole('listitem', { name: title });
      await item.waitFor({ timeout: 30_000 });
      await item.getByRole('link', { name: customer.name }).waitFor();
      await keepScreenshot(page, 'today-with-tasks');

      await item.getByRole('button', { name: /完\s*成/ }).click();
      await item.waitFor({ state: 'detached' });
      await page.getByText('任务已完成。').waitFor();
      const created = await apiCall<{ items: Task[] }>(
        rep,
        `/tasks?customerId=${customer.id}&status=done`,
      );
      expect(created.items).toHaveLength(1);

      // Snooze the other one to tomorrow: it leaves Today and its due day moves.
      await earlierItem.getByRole('button', { name: /推\s*迟/ }).click();
      await page.getByRole('menuitem', { name: '明天' }).click();
      await earlierItem.waitFor({ state: 'detached' });
      await page.getByText(/^已推迟到 \d{4}-\d{2}-\d{2}。$/).waitFor();
      const snoozed = await apiCall<Task>(rep, `/tasks/${earlier.id}`);
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      expect(localDay(new Date(snoozed.dueAt ?? ''))).toBe(localDay(tomorrow));
      expect(snoozed.status).toBe('open');

      // A manager hands the rep a lead: the bell counts it, opening it marks it read.
      const lead = await apiCall<{ id: string; name: string }>(manager, '/leads', {
        method: 'POST',
        body: {
          name: `周女士 ${stamp}`,
          company: '晨曦照明',
          source: 'phone',
          ownerId: manager.user.id,
        },
        expected: 201,
      });
      await apiCall(manager, `/leads/${lead.id}/assign`, {
        method: 'POST',
        body: { ownerId: rep.user.id },
      });
      await page.reload();
      // The bell shows 0 until its first count arrives: wait for a count above zero.
      await page
        .getByRole('button', { name: /^通知，[1-9]\d* 条未读$/ })
        .waitFor({ timeout: 30_000 });
      const before = await unreadCount(page);
      expect(before).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^通知，\d+ 条未读$/ }).click();
      const panel = page.getByRole('dialog', { name: '通知' });
      // Said in the console's language only, from the notification's kind and params.
      const notification = panel.getByRole('listitem', {
        name: new RegExp(`^新线索 L-\\d+ ${lead.name}$`),
      });
      await notification.waitFor({ timeout: 30_000 });
      await keepScreenshot(page, 'today-notifications');
      await notification.click();
      await page.waitForURL(`**/leads/${lead.id}`);
      await page
        .getByRole('button', { name: `通知，${before - 1} 条未读` })
        .waitFor({ timeout: 30_000 });

      // The snoozed task is on the Tasks page and on the customer's Tasks tab.
      await page.goto(`${baseUrl}/tasks`);
      await page.locator('.ant-table-row', { hasText: `寄送样品 ${stamp}` }).waitFor();
      await page.goto(`${baseUrl}/customers/${customer.id}`);
      await page.getByRole('tab', { name: '任务' }).click();
      const row = page.locator('.ant-table-row', { hasText: `寄送样品 ${stamp}` });
      await row.waitFor();
      await keepScreenshot(page, 'customer-tasks-tab');
      await row.getByRole('button', { name: `完成 寄送样品 ${stamp}` }).click();
      await row.getByRole('button', { name: `重新打开 寄送样品 ${stamp}` }).waitFor();
    },
  );
});
