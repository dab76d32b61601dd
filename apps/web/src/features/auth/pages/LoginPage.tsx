import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { tokenStore } from '../../../shared/api/token-store';
import { SignInLayout } from '../../../shared/components/SignInLayout';
import { LoginForm } from '../components/LoginForm';
import { useHasSession } from '../hooks/use-has-session';
import { safeRedirectTarget } from '../login-redirect';

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const hasSession = useHasSession();

  if (hasSession) {
    return <Navigate to={safeRedirectTarget(searchParams.get('redirect'))} replace />;
  }
  const expired = tokenStore.endReason() === 'expired';

  return (
    <SignInLayout>
      <Typography.Title level={2} style={{ marginBottom: 8 }}>
        {t('auth.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 32 }}>
        {t('auth.subtitle')}
      </Typography.Paragraph>
      {expired && (
        <Alert
          type="warning"
          showIcon
          title={t('auth.sessionExpired')}
          style={{ marginBottom: 24 }}
        />
      )}
      <LoginForm />
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'right' }}>
        <Link to="/reset-password">{t('account.forgotLink')}</Link>
      </Typography.Paragraph>
    </SignInLayout>
  );
}
