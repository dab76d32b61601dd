import { Menu, type MenuProps } from 'antd';
import { createElement, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAppAbility } from '../../shared/access/use-app-ability';
import { allowedRouteTable, type PageRoute } from '../route-table';

type MenuItem = Required<MenuProps>['items'][number];

/** The sidebar: the route table filtered by the user's rules. */
export function SideMenu() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { pathname } = useLocation();
  const allowed = useMemo(() => allowedRouteTable(ability), [ability]);

  const toItem = (route: PageRoute): MenuItem => ({
    key: route.path,
    icon: createElement(route.icon),
    label: <Link to={route.path}>{t(route.labelKey)}</Link>,
  });
  const items: MenuItem[] = allowed.map((entry) =>
    entry.kind === 'page'
      ? toItem(entry)
      : {
          key: entry.path,
          icon: createElement(entry.icon),
          label: t(entry.labelKey),
          children: entry.children.map(toItem),
        },
  );
  const selected = allowed
    .flatMap((entry) => (entry.kind === 'page' ? [entry] : entry.children))
    .filter((route) => pathname === route.path || pathname.startsWith(`${route.path}/`))
    .map((route) => route.path);
  const openGroups = allowed
    .filter((entry) => entry.kind === 'group' && pathname.startsWith(entry.path))
    .map((entry) => entry.path);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected}
      defaultOpenKeys={openGroups}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
