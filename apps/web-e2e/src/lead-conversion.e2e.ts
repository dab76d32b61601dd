import { apiCall, apiSignIn, type ApiSession } from './support/api-session';
import { browserTest } from './support/browser';
import { DEMO_ACCOUNTS, signIn } from './support/console';

/** A mainland mobile number no demo record has (those are 13x), unique per run. */
function uniqueMobile(): string {
  return `196${String(Date.now()).slice(-8)}`;
}

/** A person customer, created as that user even where similar records exist. */
function apiCreatePerson(session: ApiSession, fields: Record<string, unknown>) {
  return apiCall<{ id: string; number: string }>(session, '/customers?acknowledgeDuplicates=true', {
    method: 'POST',
    expected: 201,
    body: { kind: 'person', ...fields },
  });
}

describe('converting a lead', () => {
  browserTest(
    'the dialog shows each possible customer as a card to link, and says what "create" creates',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const person = `钱多多${stamp}`;
      const company = `云岭茶业${stamp}有限公司`;
      const phone = uniqueMobile();
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const existing = await apiCreatePerson(rep, {
        name: person,
        phones: [{ type: 'mobile', value: phone }],
        addresses: [{ type: 'home', province: '云南省', city: '昆明市', street: '翠湖路 3 号' }],
      });
      const lead = await apiCall<{ id: string }>(rep, '/leads', {
        method: 'POST',
        expected: 201,
        body: { name: person, company, phones: [{ type: 'mobile', value: phone }] },
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/leads/${lead.id}`);
      await page.getByRole('button', { name: /转\s?化/ }).click();
      const dialog = page.getByRole('dialog', { name: `将 ${person} 转化为客户` });
      const card = dialog.locator(`[data-candidate="${existing.number}"]`);
      await card.waitFor({ timeout: 30_000 });
      await card.getByText('昆明市').waitFor();
      await card.getByText(phone).waitFor();
      await card.getByText('电话相同').waitFor();
      await card.getByText('姓名相同').waitFor();
      await dialog
        .getByRole('button', {
          name: `都不是：将新建客户「${company}」（公司）和联系人「${person}」`,
        })
        .waitFor();

      await card.getByRole('button', { name: `关联到 ${person}` }).click();
      await page.waitForURL(new RegExp(`/customers/${existing.id}$`), { timeout: 30_000 });
      const converted = await apiCall<{ status: string; convertedCustomerId: string }>(
        rep,
        `/leads/${lead.id}`,
      );
      expect(converted).toMatchObject({ status: 'converted', convertedCustomerId: existing.id });
    },
  );
  browserTest(
    'a teammate’s customer the rep may not read shows only its name, owner and what matched, with no link button',
    async ({ page, baseUrl }) => {
      const stamp = String(Date.now()).slice(-6);
      const person = `孙悟${stamp}`;
      const phone = uniqueMobile();
      const teammate = await apiSignIn(baseUrl, 'rep2@kehu.local');
      const hidden = await apiCreatePerson(teammate, {
        name: person,
        sharedWithTeam: false,
        phones: [{ type: 'mobile', value: phone }],
        addresses: [{ type: 'home', province: '湖北省', city: '宜昌市', street: '夷陵大道 5 号' }],
      });
      const rep = await apiSignIn(baseUrl, DEMO_ACCOUNTS.salesRep);
      const lead = await apiCall<{ id: string }>(rep, '/leads', {
        method: 'POST',
        expected: 201,
        body: { name: person, phones: [{ type: 'mobile', value: phone }] },
      });

      await signIn(page, baseUrl, DEMO_ACCOUNTS.salesRep);
      await page.goto(`${baseUrl}/leads/${lead.id}`);
      await page.getByRole('button', { name: /转\s?化/ }).click();
      const dialog = page.getByRole('dialog', { name: `将 ${person} 转化为客户` });
      const card = dialog.locator(`[data-candidate="${hidden.number}"]`);
      await card.waitFor({ timeout: 30_000 });
      await card.getByText('无权查看详情').waitFor();
      await card.getByText('电话相同').waitFor();
      expect(await card.getByText(person).count()).toBe(1);
      expect(await card.getByText('宜昌市').count()).toBe(0);
      const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
      for (const shown of [phone, masked]) expect(await card.getByText(shown).count()).toBe(0);
      expect(await card.getByRole('button').count()).toBe(0);
      expect(await card.getByRole('link').count()).toBe(0);
    },
  );
});
