import { apiCall, apiSignIn } from './support/api-session';
import { browserTest } from './support/browser';
import { DEMO_ACCOUNTS, signIn } from './support/console';

describe('a lead’s tasks', () => {
  browserTest(
    'the lead page lists its tasks, an overdue one in red, and a done one stays listed',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const lead = await apiCall<{ id: string }>(rep, '/leads', {
        method: 'POST',
        expected: 201,
        body: { name: `孙跟进${stamp}` },
      });
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      await apiCall(rep, '/tasks', {
        method: 'POST',
        expected: 201,
        body: { title: `回访报价${stamp}`, leadId: lead.id, dueAt: yesterday },
      });
      const done = await apiCall<{ id: string }>(rep, '/tasks', {
        method: 'POST',
        expected: 201,
        body: { title: `寄送样品${stamp}`, leadId: lead.id },
      });
      await apiCall(rep, `/tasks/${done.id}`, { method: 'PATCH', body: { status: 'done' } });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/leads/${lead.id}`);
      const overdueRow = page.getByRole('row').filter({ hasText: `回访报价${stamp}` });
      await overdueRow.waitFor({ timeout: 30_000 });
      await overdueRow.locator('[data-overdue="true"]').getByText('已逾期').waitFor();
      const doneRow = page.getByRole('row').filter({ hasText: `寄送样品${stamp}` });
      await doneRow.waitFor();
      expect(await doneRow.locator('[data-overdue="true"]').count()).toBe(0);
    },
  );
});
