import type { SubjectColumns } from '../authz/ability-to-sql';
import type { SortableColumns } from '../common/pagination/keyset';

/** The fields customer permission rules test, as columns of the `c` alias. */
export const CUSTOMER_COLUMNS: SubjectColumns = {
  id: 'c.id',
  ownerId: 'c.ownerId',
  teamId: 'c.teamId',
  dealerOrgId: 'c.dealerOrgId',
  sharedWithTeam: 'c.sharedWithTeam',
};

/**
 * The same fields as table columns of another alias of customers, for raw SQL in a
 * subquery (where TypeORM does not translate property names).
 */
export function customerTableColumns(alias: string): SubjectColumns {
  return {
    id: `${alias}.id`,
    ownerId: `${alias}.owner_id`,
    teamId: `${alias}.team_id`,
    dealerOrgId: `${alias}.dealer_org_id`,
    sharedWithTeam: `${alias}.shared_with_team`,
  };
}

export const CUSTOMER_SORTABLE: SortableColumns = {
  createdAt: 'c.createdAt',
  updatedAt: 'c.updatedAt',
  name: 'c.name',
  number: 'c.number',
};
