import { QueryClient } from '@tanstack/react-query';
import { isApiProblemError } from '@kehu/contracts';

const NOT_WORTH_RETRYING = new Set([400, 401, 403, 404, 409, 412, 422, 429]);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(isApiProblemError(error) && NOT_WORTH_RETRYING.has(error.status)) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
