import { useMatches } from 'react-router';
import type { NavLabelKey } from '../i18n/nav-label-key';

/** Data attached to each route of the route table, read by the layout and placeholder pages. */
export interface RouteHandle {
  labelKey: NavLabelKey;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'labelKey' in handle;
}

/** The menu labels of the matched routes, outermost first (e.g. Settings, Users). */
export function useRouteLabels(): NavLabelKey[] {
  return useMatches()
    .map((match) => match.handle)
    .filter(isRouteHandle)
    .map((handle) => handle.labelKey);
}

/** The menu label of the deepest matched route, if it has one. */
export function useCurrentRouteLabel(): NavLabelKey | null {
  return useRouteLabels().at(-1) ?? null;
}
