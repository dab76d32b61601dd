export const mergeQueryKeys = {
  suggestions: (customerId: string, version: number) =>
    ['customer-merge', 'suggestions', customerId, version] as const,
  search: (kind: string, q: string) => ['customer-merge', 'search', kind, q] as const,
  summary: (sourceId: string) => ['customer-merge', 'summary', sourceId] as const,
};
