import { AbilityProvider } from '@casl/react';
import { createAbility } from '@kehu/domain';
import { Button, Flex, Result } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { describeProblem } from '../../../shared/api/describe-problem';
import { tokenStore } from '../../../shared/api/token-store';
import { PageLoader } from '../../../shared/components/PageLoader';
import { useAdoptUserLanguage } from '../hooks/use-adopt-user-language';
import { useHasSession } from '../hooks/use-has-session';
import { useMeQuery } from '../hooks/use-me-query';
import { SessionContext, type Session } from '../hooks/use-session';
import { useSignOut } from '../hooks/use-sign-out';
import { loginPathFor } from '../login-redirect';
import { toPermissionRules } from '../permission-rules';

/** Renders its children only for a signed-in user, with their permissions in context. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const hasSession = useHasSession();
  const me = useMeQuery(hasSession);
  const signOut = useSignOut();
  useAdoptUserLanguage(me.data?.user.locale);

  const session = useMemo<Session | null>(
    () =>
      me.data
        ? { user: me.data.user, ability: createAbility(toPermissionRules(me.data.rules)) }
        : null,
    [me.data],
  );

  if (!hasSession) {
    const signedOut = tokenStore.endReason() === 'signed-out';
    const target = signedOut ? '/login' : loginPathFor(location.pathname + location.search);
    return <Navigate to={target} replace />;
  }
  if (me.isError) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Result
          status="warning"
          title={t('pages.loadFailedTitle')}
          subTitle={describeProblem(t, me.error).message}
          extra={[
            <Button key="retry" type="primary" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>,
            <Button key="sign-out" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </Button>,
          ]}
        />
      </Flex>
    );
  }
  if (!session) return <PageLoader />;

  return (
    <SessionContext value={session}>
      <AbilityProvider value={session.ability}>{children}</AbilityProvider>
    </SessionContext>
  );
}
