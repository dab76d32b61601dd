import type { UserResponse } from '@kehu/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { useUserMutations } from './use-user-mutations';

/** Deactivates (or reactivates) a user; a stale version is explained and the list reloaded. */
export function useToggleUserActive(): (user: UserResponse) => Promise<void> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { update } = useUserMutations();
  return async (user: UserResponse) => {
    const active = !user.active;
    try {
      await update.mutateAsync({ user, changes: { active } });
      void message.success(
        t(active ? 'users.activated' : 'users.deactivated', { name: user.name }),
      );
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };
}
