import type { Locator, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'kehu-demo';

export const DEMO_ACCOUNTS = {
  admin: 'admin@kehu.local',
  salesRep: 'rep1@kehu.local',
  viewer: 'viewer@kehu.local',
} as const;

/** Sidebar labels of the console in Chinese, the language these tests start in. */
export const MENU_ZH = {
  customers: '客户',
  leads: '线索',
  pipeline: '销售漏斗',
  tickets: '服务工单',
  surveys: '满意度调查',
  reports: '数据分析',
  settings: '系统设置',
  users: '用户',
  teams: '团队',
  dealerOrgs: '经销商',
  apiKeys: 'API 密钥',
  audit: '审计日志',
} as const;

/** The business modules in the sidebar, in its order (a viewer sees them all, read only). */
export const MODULE_MENUS_ZH = [
  MENU_ZH.customers,
  MENU_ZH.leads,
  MENU_ZH.pipeline,
  MENU_ZH.tickets,
  MENU_ZH.surveys,
  MENU_ZH.reports,
] as const;

export const MENU_EN = {
  customers: 'Customers',
  leads: 'Leads',
  pipeline: 'Pipeline',
  tickets: 'Tickets',
  surveys: 'Surveys',
  reports: 'Reports',
  settings: 'Settings',
} as const;

/** Starts every test in Chinese unless the test picked a language itself. */
export async function preferChinese(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('kehu.language')) {
      window.localStorage.setItem('kehu.language', 'zh-CN');
    }
  });
}

export function loginForm(page: Page) {
  return {
    email: page.locator('input[autocomplete="username"]'),
    password: page.locator('input[autocomplete="current-password"]'),
    submit: page.locator('form button[type="submit"]'),
  };
}

export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  const form = loginForm(page);
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
}

/**
 * Signs in through the login page and waits for the console: its sidebar, or on a phone
 * (where the sidebar is a drawer that stays closed) for the address to leave the login page.
 */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await preferChinese(page);
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, email, DEMO_PASSWORD);
  if ((page.viewportSize()?.width ?? 1280) >= 768) await sidebar(page).waitFor();
  else await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

export function sidebar(page: Page): Locator {
  return page.locator('aside nav');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sidebar entry by its label (its accessible name also holds the icon's name first). */
export function menuItem(page: Page, label: string): Locator {
  return sidebar(page).getByRole('menuitem', {
    name: new RegExp(`(^|\\s)${escapeRegExp(label)}$`),
  });
}

/**
 * Opens a page of a sidebar group (e.g. 系统设置 → 线索分配) and waits for its address.
 * The group's submenu animates open, and a click during the animation can land on the
 * moving list and do nothing, so the entry is clicked again until the address changes.
 */
export async function openGroupPage(
  page: Page,
  group: string,
  label: string,
  urlGlob: string,
): Promise<void> {
  await menuItem(page, group).click();
  const entry = menuItem(page, label);
  await entry.waitFor({ state: 'visible', timeout: 30_000 });
  for (let attempt = 1; ; attempt++) {
    await entry.click();
    try {
      await page.waitForURL(urlGlob, { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The user menu: the last button of the header (the notification bell comes before it). */
export function userMenuButton(page: Page): Locator {
  return page.locator('header').getByRole('button').last();
}

export async function chooseFromUserMenu(page: Page, item: string): Promise<void> {
  await userMenuButton(page).click();
  const entry = page.getByRole('menuitem', { name: item });
  await entry.waitFor();
  // The menu slides in; a click while it still moves lands beside the item.
  await untilStill(entry, '.ant-dropdown');
  await entry.click();
}

/**
 * Waits until the element's popup or dialog (the closest `container`) has stopped moving:
 * a click while it still zooms or slides can land beside its target. With reduced motion
 * nothing moves; an animation cancelled meanwhile counts as done.
 */
export async function untilStill(element: Locator, container: string): Promise<void> {
  await element.evaluate(
    (node, selector) =>
      Promise.all(
        (node.closest(selector) ?? node)
          .getAnimations({ subtree: true })
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    container,
  );
}

/** Waits until the sidebar shows each of these entries. */
export async function waitForMenus(page: Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) await menuItem(page, label).waitFor();
}
