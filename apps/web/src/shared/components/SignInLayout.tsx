import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './SignInLayout.module.css';

/**
 * The page around the forms used without a session (sign-in, password reset): the brand
 * panel on one side, the language switch and a card holding `children` on the other.
 */
export function SignInLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
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
          <div className={styles.card}>{children}</div>
        </div>
      </section>
    </main>
  );
}
