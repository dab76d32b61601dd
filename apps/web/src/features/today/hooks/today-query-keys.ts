export const todayQueryKeys = {
  all: ['today'] as const,
  forZone: (timezone: string) => ['today', timezone] as const,
};
