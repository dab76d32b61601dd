export const relationshipQueryKeys = {
  graphs: ['relationships', 'graph'] as const,
  graph: (customerId: string, depth: number) =>
    ['relationships', 'graph', customerId, depth] as const,
  types: ['relationships', 'types'] as const,
  customerSearch: (q: string, kind: string | null) =>
    ['relationships', 'customer-search', q, kind] as const,
};
