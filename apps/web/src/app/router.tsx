import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { SessionGate } from '../features/auth/components/SessionGate';
import { lazyPage } from '../shared/components/lazy-page';
import { NotFoundPage } from '../shared/components/NotFoundPage';
import { PageLoader } from '../shared/components/PageLoader';
import type { RouteHandle } from '../shared/components/route-handle';
import { AccessGate } from './AccessGate';
import { ROUTE_TABLE, type PageRoute, type RouteTableEntry } from './route-table';
import { StartRedirect } from './StartRedirect';

const LoginPage = lazyPage(() =>
  import('../features/auth/pages/LoginPage').then((module) => module.LoginPage),
);
const ResetPasswordPage = lazyPage(() =>
  import('../features/account/pages/ResetPasswordPage').then((module) => module.ResetPasswordPage),
);
const AccountPage = lazyPage(() =>
  import('../features/account/pages/AccountPage').then((module) => module.AccountPage),
);
const AppLayout = lazyPage(() => import('./layout/AppLayout').then((module) => module.AppLayout));

function toPageRoute(entry: PageRoute): RouteObject {
  const handle: RouteHandle = { labelKey: entry.labelKey };
  return {
    path: entry.path,
    handle,
    element: (
      <AccessGate access={entry.access}>
        <entry.page />
      </AccessGate>
    ),
  };
}

function toRoute(entry: RouteTableEntry): RouteObject {
  if (entry.kind === 'page') return toPageRoute(entry);
  const handle: RouteHandle = { labelKey: entry.labelKey };
  return {
    path: entry.path,
    handle,
    children: [
      { index: true, element: <StartRedirect group={entry} /> },
      ...entry.children.map(toPageRoute),
    ],
  };
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoader />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/reset-password',
    element: (
      <Suspense fallback={<PageLoader />}>
        <ResetPasswordPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <SessionGate>
        <Suspense fallback={<PageLoader />}>
          <AppLayout />
        </Suspense>
      </SessionGate>
    ),
    children: [
      { index: true, element: <StartRedirect /> },
      ...ROUTE_TABLE.map(toRoute),
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
