import { expectSuccess, isApiProblemError, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/api/describe-problem';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { taskQueryKeys } from '../../tasks/hooks/task-query-keys';
import { moveToDay, shiftAlong } from '../snooze-date';
import { withoutItem } from '../today-groups';
import type { LogInteractionRequest } from '../../../shared/timeline/timeline-types';
import type { TodayItem, TodayResponse } from '../today-types';
import { browserTimeZone } from './use-today';
import { todayQueryKeys } from './today-query-keys';

interface SnoozeInput {
  item: TodayItem;
  /** `YYYY-MM-DD`. */
  day: string;
}

interface LogInput {
  /** The customer or lead the call was with. */
  target: { type: 'customer' | 'lead'; id: string };
  body: LogInteractionRequest;
}

/**
 * The one-click actions of Today. "Done" and "snooze" take the item off the list at once
 * and put it back if the server refuses; a 412 (someone changed it meanwhile) says so and
 * shows the item as it now is.
 */
export function useTodayActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = todayQueryKeys.forZone(browserTimeZone());

  const optimistic = {
    onMutate: async ({ item }: { item: TodayItem }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<TodayResponse>(key);
      if (before) queryClient.setQueryData(key, withoutItem(before, item));
      return { before };
    },
    onError: (error: unknown, _input: unknown, context: { before?: TodayResponse } | undefined) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      const stale = isApiProblemError(error) && error.status === 412;
      void message.error(stale ? t('today.staleItem') : describeProblem(t, error).message);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: todayQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.all }),
      ]),
  };

  const complete = useMutation({
    mutationFn: async ({ item }: { item: TodayItem }) => {
      if (item.kind !== 'task') return;
      unwrap(
        await kehuClient.PATCH('/api/v1/tasks/{id}', {
          ...versionedRecord(item.task),
          body: { status: 'done' },
        }),
      );
    },
    ...optimistic,
    onSuccess: () => void message.success(t('today.doneMessage')),
  });

  const snooze = useMutation({
    mutationFn: async ({ item, day }: SnoozeInput) => {
      if (item.kind === 'task') {
        const dueAt = moveToDay(item.task.dueAt, day);
        unwrap(
          await kehuClient.PATCH('/api/v1/tasks/{id}', {
            ...versionedRecord(item.task),
            body: { dueAt, reminderAt: shiftAlong(item.task.reminderAt, item.task.dueAt, dueAt) },
          }),
        );
      } else if (item.kind === 'lead') {
        unwrap(
          await kehuClient.PATCH('/api/v1/leads/{id}', {
            ...versionedRecord(item.lead),
            body: { nextFollowUpAt: moveToDay(item.lead.nextFollowUpAt, day) },
          }),
        );
      } else {
        // The customer's due follow-up tasks move to that day (no new task, no timeline note).
        expectSuccess(
          await kehuClient.POST('/api/v1/me/today/customers/{id}/snooze', {
            params: { path: { id: item.customer.id } },
            body: { day, timezone: browserTimeZone() },
          }),
        );
      }
    },
    ...optimistic,
    onSuccess: (_result: void, { day }: SnoozeInput) =>
      void message.success(t('today.snoozedMessage', { day })),
  });

  const logCall = useMutation({
    mutationFn: async ({ target, body }: LogInput) => {
      const path =
        target.type === 'customer'
          ? ('/api/v1/customers/{id}/interactions' as const)
          : ('/api/v1/leads/{id}/interactions' as const);
      expectSuccess(await kehuClient.POST(path, { params: { path: { id: target.id } }, body }));
    },
    onSuccess: () => void message.success(t('today.loggedMessage')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: todayQueryKeys.all }),
  });

  return { complete, snooze, logCall };
}
