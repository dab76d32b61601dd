import { asSubject, isOpenLeadStatus, type AppAbility, type SubjectRecord } from '@kehu/domain';
import type { LeadResponse } from './lead-types';

/** A lead as the permission rules test it (owner, team, sharing, dealer org). */
export function leadSubject(lead: LeadResponse): SubjectRecord {
  return asSubject('Lead', {
    id: lead.id,
    ownerId: lead.owner?.id ?? null,
    teamId: lead.team?.id ?? null,
    sharedWithTeam: lead.sharedWithTeam,
    dealerOrgId: lead.dealerOrgId,
  });
}

export interface LeadPermissions {
  update: boolean;
  reassign: boolean;
  /** Converting needs update rights and a lead still being worked. */
  convert: boolean;
}

/** What the signed-in user may do with this one lead, for showing its actions. */
export function leadPermissions(ability: AppAbility, lead: LeadResponse): LeadPermissions {
  const subject = leadSubject(lead);
  const update = ability.can('update', subject);
  return {
    update,
    reassign: ability.can('reassign', subject),
    convert: update && isOpenLeadStatus(lead.status),
  };
}
