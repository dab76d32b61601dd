export const contactQueryKeys = {
  all: ['contacts'] as const,
  ofCustomer: (customerId: string) => ['contacts', 'customer', customerId] as const,
  personOptions: (search: string) => ['contacts', 'person-options', search] as const,
};
