/** The roles of product.md §8; a user may hold several. */
export const ROLES = [
  'admin',
  'sales_manager',
  'sales_rep',
  'channel_partner',
  'service_agent',
  'marketer',
  'viewer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
