export const importQueryKeys = {
  all: ['imports'] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
  skipped: (id: string) => ['imports', 'skipped', id] as const,
};
