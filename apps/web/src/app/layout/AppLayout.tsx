import { Breadcrumb, Flex, Layout, theme } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { BrandMark } from '../../shared/components/BrandMark';
import { PageLoader } from '../../shared/components/PageLoader';
import { useRouteLabels } from '../../shared/components/route-handle';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

/** The signed-in frame: sidebar from the route table, header with the user menu, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
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
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ padding: collapsed ? '20px 24px' : '20px 20px' }}>
          <BrandMark compact={collapsed} tone="light" />
        </div>
        <nav aria-label={t('app.name')}>
          <SideMenu />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Breadcrumb items={routeLabels.map((key) => ({ key, title: t(key) }))} />
          <Flex align="center" gap={4}>
            <NotificationBell />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main
            style={{
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
              padding: 24,
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
