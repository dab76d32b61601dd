import type { Locator, Page } from 'playwright-core';

/** The text of dnd-kit's live region, where a sortable announces each step of a drag. */
const announcement = (page: Page) =>
  page.evaluate(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? null);

/** Waits for the live region to say something other than `previous`. */
const announced = (page: Page, previous: string | null) =>
  page.waitForFunction((text) => {
    const now = document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
    return now !== '' && now !== text;
  }, previous);

/**
 * Moves a sortable item up `steps` places with the keyboard, as a keyboard user does:
 * Space on its drag handle picks it up, each ↑ moves it one place, Space drops it. Each key
 * waits for the sortable's announcement of the one before.
 */
export async function moveUpWithKeyboard(page: Page, handle: Locator, steps: number) {
  await handle.focus();
  await handle.press('Space');
  await announced(page, null);
  for (let step = 0; step < steps; step++) {
    const before = await announcement(page);
    await page.keyboard.press('ArrowUp');
    await announced(page, before);
  }
  await page.keyboard.press('Space');
}
