export const apiKeyQueryKeys = {
  all: ['api-keys'] as const,
  list: (search: string) => ['api-keys', 'list', search] as const,
};
