import type { SubjectColumns } from '../authz/ability-to-sql';

/**
 * The parents' permission columns in raw SQL, for the EXISTS subqueries that scope
 * tasks to the records their caller may reach.
 */
export const TASK_CUSTOMER_COLUMNS: SubjectColumns = {
  id: 'pc.id',
  ownerId: 'pc.owner_id',
  teamId: 'pc.team_id',
  dealerOrgId: 'pc.dealer_org_id',
  sharedWithTeam: 'pc.shared_with_team',
};

export const TASK_LEAD_COLUMNS: SubjectColumns = {
  id: 'pl.id',
  ownerId: 'pl.owner_id',
  teamId: 'pl.team_id',
  dealerOrgId: 'pl.dealer_org_id',
  sharedWithTeam: 'pl.shared_with_team',
};
