export const dealerOrgQueryKeys = {
  all: ['dealer-orgs'] as const,
  list: (search: string) => ['dealer-orgs', 'list', search] as const,
  options: ['dealer-orgs', 'options'] as const,
};
