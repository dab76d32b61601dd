import { apiCall, apiCreateCompany, apiSignIn } from './support/api-session';
import { browserTest } from './support/browser';
import { DEMO_ACCOUNTS, signIn } from './support/console';

const MANAGER = 'manager@kehu.local';

interface Task {
  id: string;
  dueAt: string | null;
  version: number;
}

/** `YYYY-MM-DD` of a moment in China time, the follow-up day a task counts for. */
function followUpDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

describe('today: a customer follow-up', () => {
  browserTest(
    'snoozing a due customer moves its follow-up task to that day, without a new task',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const manager = await apiSignIn(baseUrl, MANAGER);
      const customer = await apiCreateCompany(rep, {
        name: `远山茶业 ${stamp}`,
        phone: `+86 197-${stamp.slice(2)}-${stamp.slice(0, 4)}`,
      });
      // The rep's customer is due through a task of the manager's: Today lists the customer.
      const due = await apiCall<Task>(rep, '/tasks', {
        method: 'POST',
        expected: 201,
        body: {
          title: `回访 ${stamp}`,
          customerId: customer.id,
          dueAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          assigneeId: manager.user.id,
        },
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.waitForURL('**/today', { timeout: 30_000 });
      const item = page.getByRole('listitem', { name: customer.name });
      await item.waitFor({ timeout: 30_000 });
      expect(await page.getByRole('listitem', { name: customer.name }).count()).toBe(1);

      await item.getByRole('button', { name: /推\s*迟/ }).click();
      await page.getByRole('menuitem', { name: '明天' }).click();
      await page.getByText(/^已推迟到 \d{4}-\d{2}-\d{2}。$/).waitFor();
      await item.waitFor({ state: 'detached' });
      // Still off Today once the list is fetched again.
      await page.reload();
      await page.getByRole('heading', { name: '今日需跟进' }).waitFor();
      await page.getByRole('listitem').first().waitFor({ timeout: 30_000 });
      expect(await page.getByRole('listitem', { name: customer.name }).count()).toBe(0);

      const open = await apiCall<{ items: Task[] }>(
        rep,
        `/tasks?customerId=${customer.id}&open=true`,
      );
      expect(open.items.map((task) => task.id)).toEqual([due.id]);
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      const pad = (value: number) => String(value).padStart(2, '0');
      const tomorrowDay = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
      expect(followUpDay(open.items[0].dueAt ?? '')).toBe(tomorrowDay);
      expect(open.items[0].version).toBe(due.version + 1);

      // The log form says a next follow-up day becomes a task.
      await page.goto(`${baseUrl}/customers/${customer.id}`);
      const log = page.getByRole('form', { name: '记录跟进' });
      await log.getByLabel('内容').focus();
      await log.getByText('填写后会为你创建一条当天的跟进任务。').waitFor();
    },
  );
});
