import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('pages.noAccessTitle')}
      subTitle={t('pages.noAccessBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('pages.backHome')}</Button>
        </Link>
      }
    />
  );
}
