export const importQueryKeys = {
  all: ['imports'] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
};
