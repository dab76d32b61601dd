import { Breadcrumb, Flex, Layout, theme } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { BrandMark } from '../../shared/components/BrandMark';
import { PageLoader } from '../../shared/components/PageLoader';
import { usePhoneScreen } from '../../shared/components/ResponsiveFilters';
import { useRouteLabels } from '../../shared/components/route-handle';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

/** The signed-in frame: sidebar from the route table, header with the user menu, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [collapsedWide, setCollapsedWide] = useState(false);
  // On a phone the sidebar lies over the page, open only on the page where it was opened:
  // picking a page closes it.
  const [phoneOpenOn, setPhoneOpenOn] = useState<string | null>(null);
  const phone = usePhoneScreen();
  const { pathname } = useLocation();
  const collapsed = phone ? phoneOpenOn !== pathname : collapsedWide;
  const setCollapsed = (next: boolean) =>
    phone ? setPhoneOpenOn(next ? null : pathname) : setCollapsedWide(next);
  const routeLabels = useRouteLabels();
  const labelKey = routeLabels.at(-1);

  useEffect(() => {
    document.title = labelKey ? `${t(labelKey)} · ${t('app.name')}` : t('app.name');
  }, [labelKey, t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={232}
        collapsedWidth={phone ? 0 : 80}
        // On a phone the closed sidebar's opener sits in the header, before the breadcrumb.
        zeroWidthTriggerStyle={{ top: 12 }}
        style={{
          position: phone ? 'fixed' : 'sticky',
          insetInlineStart: 0,
          top: 0,
          height: '100vh',
          zIndex: phone ? 30 : undefined,
        }}
      >
        {/* The menu scrolls above the collapse bar, so its last entry is never hidden behind it. */}
        <div style={{ height: '100%', overflowY: 'auto', overflowX: 'hidden' }}>
          <div style={{ padding: collapsed ? '20px 24px' : '20px 20px' }}>
            <BrandMark compact={collapsed} tone="light" />
          </div>
          <nav aria-label={t('app.name')}>
            <SideMenu />
          </nav>
        </div>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: phone ? '0 12px 0 56px' : '0 24px',
            gap: 8,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Breadcrumb
            items={routeLabels.map((key) => ({ key, title: t(key) }))}
            style={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}
          />
          <Flex align="center" gap={4}>
            <NotificationBell />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 8 : 24 }}>
          <main
            style={{
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
              padding: phone ? 12 : 24,
              minHeight: 'calc(100vh - 64px - 48px)',
            }}
          >
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
