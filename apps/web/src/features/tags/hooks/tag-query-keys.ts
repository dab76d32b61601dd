export const tagQueryKeys = {
  all: ['tags'] as const,
  catalog: ['tags', 'catalog'] as const,
};
