import { asSubject, type AppAbility, type SubjectRecord } from '@kehu/domain';
import type { CustomerResponse } from './customer-types';

/** A customer as the permission rules test it (owner, team, sharing, dealer org). */
export function customerSubject(customer: CustomerResponse): SubjectRecord {
  return asSubject('Customer', {
    id: customer.id,
    ownerId: customer.owner?.id ?? null,
    teamId: customer.team?.id ?? null,
    sharedWithTeam: customer.sharedWithTeam,
    dealerOrgId: customer.dealerOrgId,
  });
}

export interface CustomerPermissions {
  update: boolean;
  delete: boolean;
  restore: boolean;
  reassign: boolean;
}

/** What the signed-in user may do with this one customer, for showing its actions. */
export function customerPermissions(
  ability: AppAbility,
  customer: CustomerResponse,
): CustomerPermissions {
  const subject = customerSubject(customer);
  return {
    update: ability.can('update', subject),
    delete: ability.can('delete', subject),
    restore: ability.can('restore', subject),
    reassign: ability.can('reassign', subject),
  };
}
