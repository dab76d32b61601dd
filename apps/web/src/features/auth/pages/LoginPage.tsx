import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { tokenStore } from '../../../shared/api/token-store';
import { BrandMark } from '../../../shared/components/BrandMark';
import { LanguageSwitch } from '../../../shared/components/LanguageSwitch';
import { LoginForm } from '../components/LoginForm';
import { useHasSession } from '../hooks/use-has-session';
import { safeRedirectTarget } from '../login-redirect';
import styles from './LoginPage.module.css';

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const hasSession = useHasSession();

  if (hasSession) {
    return <Navigate to={safeRedirectTarget(searchParams.get('redirect'))} replace />;
  }
  const expired = tokenStore.endReason() === 'expired';

  return (
    <main className={styles.page}>
      <section className={styles.brandPanel}>
        <BrandMark tone="light" />
        <div className={styles.tagline}>{t('app.tagline')}</div>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.65)' }}>
          © {t('app.name')}
        </Typography.Text>
      </section>
      <section className={styles.formPanel}>
        <div className={styles.toolbar}>
          <LanguageSwitch />
        </div>
        <div className={styles.formWrap}>
          <div className={styles.card}>
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
          </div>
        </div>
      </section>
    </main>
  );
}
