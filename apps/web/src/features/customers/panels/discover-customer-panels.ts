/*
 * Loads every feature's `customer-panels.ts(x)` (this one's included), so a feature adds
 * panels to the 360 page by calling registerCustomerPanel there, without editing the page.
 * The files load with the 360 page's code, not with the console's first screen.
 */
import.meta.glob('../../*/customer-panels.{ts,tsx}', { eager: true });
