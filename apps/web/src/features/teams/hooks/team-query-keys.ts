export const teamQueryKeys = {
  all: ['teams'] as const,
  list: (search: string) => ['teams', 'list', search] as const,
  options: ['teams', 'options'] as const,
};
