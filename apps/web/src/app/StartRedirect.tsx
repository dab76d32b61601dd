import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAppAbility } from '../shared/access/use-app-ability';
import { allowedRouteTable, firstAllowedPath, type RouteGroup } from './route-table';

/** Opens the first page the user may see: of the whole console, or of one section. */
export function StartRedirect({ group }: { group?: RouteGroup }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const allowed = allowedRouteTable(ability);
  const scope = group ? allowed.filter((entry) => entry.path === group.path) : allowed;
  const target = firstAllowedPath(scope);
  if (target) return <Navigate to={target} replace />;
  return (
    <Result status="403" title={t('pages.noAccessTitle')} subTitle={t('pages.nothingAvailable')} />
  );
}
