import type { AppAbility } from '@kehu/domain';
import type { ParseKeys } from 'i18next';
import { useSyncExternalStore, type ComponentType } from 'react';
import { canAccess, type RouteAccess } from '../../../shared/access/route-access';
import type { CustomerPermissions } from '../customer-subject';
import type { CustomerResponse } from '../customer-types';

export interface CustomerPanelProps {
  customer: CustomerResponse;
  /** What the signed-in user may do with this customer. */
  permissions: CustomerPermissions;
}

/**
 * Where a panel goes on the 360 page: `header` beside the name (e.g. tags), `aside` in
 * the narrow column (profile), `main` as a tab of the wide column (timeline).
 */
export type CustomerPanelSlot = 'header' | 'aside' | 'main';

export interface CustomerPanel {
  /** Unique; registering the same key again replaces the panel. */
  key: string;
  /** The panel's title (tab label, card title, or accessible name in the header). */
  titleKey: ParseKeys;
  /** Lower comes first within its slot. */
  order: number;
  slot: CustomerPanelSlot;
  component: ComponentType<CustomerPanelProps>;
  /** Shown only when the user's rules allow this, e.g. `{ action: 'read', subject: 'Ticket' }`. */
  access?: RouteAccess | ((ability: AppAbility, customer: CustomerResponse) => boolean);
}

const panels = new Map<string, CustomerPanel>();
const listeners = new Set<() => void>();
let snapshot: readonly CustomerPanel[] = [];

function publish(): void {
  snapshot = [...panels.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  for (const listener of listeners) listener();
}

/**
 * Adds a panel to every customer's 360 page. A feature registers its panels in a
 * `customer-panels.ts(x)` file at its root (see discover-customer-panels.ts): the page
 * picks them up without being edited. Returns a function that removes the panel again.
 */
export function registerCustomerPanel(panel: CustomerPanel): () => void {
  panels.set(panel.key, panel);
  publish();
  return () => {
    if (panels.get(panel.key) !== panel) return;
    panels.delete(panel.key);
    publish();
  };
}

export function registeredCustomerPanels(): readonly CustomerPanel[] {
  return snapshot;
}

/** The panels of one slot this user may see for this customer, in order. */
export function panelsFor(
  registered: readonly CustomerPanel[],
  slot: CustomerPanelSlot,
  ability: AppAbility,
  customer: CustomerResponse,
): CustomerPanel[] {
  return registered.filter((panel) => {
    if (panel.slot !== slot) return false;
    if (!panel.access) return true;
    return typeof panel.access === 'function'
      ? panel.access(ability, customer)
      : canAccess(ability, panel.access);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every registered panel; re-renders when a panel is registered later (e.g. lazily). */
export function useCustomerPanels(): readonly CustomerPanel[] {
  return useSyncExternalStore(subscribe, registeredCustomerPanels);
}
