import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { todayQueryKeys } from './today-query-keys';
import { kehuClient } from '../../../shared/api/kehu-client';

/** The browser's time zone: "today" ends at the user's own midnight. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The signed-in user's work for today, refreshed when they come back to the tab. */
export function useToday() {
  const timezone = browserTimeZone();
  return useQuery({
    queryKey: todayQueryKeys.forZone(timezone),
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/me/today', { params: { query: { timezone } } })),
    refetchOnWindowFocus: true,
  });
}
