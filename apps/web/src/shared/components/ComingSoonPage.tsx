import { RocketOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentRouteLabel } from './route-handle';

/** Stands in for a module that is not built yet, so its menu item never leads nowhere. */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const labelKey = useCurrentRouteLabel();
  return (
    <Result
      icon={<RocketOutlined style={{ color: '#1f5eff' }} />}
      title={t('pages.comingSoonTitle', { module: labelKey ? t(labelKey) : '' })}
      subTitle={t('pages.comingSoonBody')}
    />
  );
}
