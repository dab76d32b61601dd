import type { AppAbility } from '../authz/ability';
import { refusalOf } from '../authz/record-check';

/** The columns that decide who may reach a record. */
export interface RecordOwnership {
  ownerId: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
  sharedWithTeam: boolean;
}

/**
 * The customer a lead converts into stays with the lead: its owner, team, dealer org
 * and team sharing carry over, whoever converts it.
 */
export function convertedCustomerOwnership(lead: RecordOwnership): RecordOwnership {
  return {
    ownerId: lead.ownerId,
    teamId: lead.teamId,
    dealerOrgId: lead.dealerOrgId,
    sharedWithTeam: lead.sharedWithTeam,
  };
}

/**
 * The conversion rule (线索转化): a caller may convert a lead when they may update it
 * and — when the conversion creates a customer — may create that customer as it will
 * be written, owned as the lead is. So its owner, the managers of its team, its
 * dealer's partners and admins may; a teammate who can work a team-shared lead may
 * not, as they may not create a customer owned by someone else. Null when allowed,
 * else which of the two records refuses.
 */
export function leadConversionRefusal(
  ability: AppAbility,
  lead: RecordOwnership,
  createsCustomer: boolean,
): 'lead' | 'customer' | null {
  if (refusalOf(ability, 'update', 'Lead', lead) !== null) return 'lead';
  if (createsCustomer && refusalOf(ability, 'create', 'Customer', convertedCustomerOwnership(lead)))
    return 'customer';
  return null;
}
