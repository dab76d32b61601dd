export const segmentQueryKeys = {
  all: ['segments'] as const,
  list: (search: string) => ['segments', 'list', search] as const,
  options: ['segments', 'options'] as const,
  detail: (id: string) => ['segments', 'detail', id] as const,
  count: (id: string) => ['segments', 'count', id] as const,
};
