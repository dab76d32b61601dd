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

export const CUSTOMER_SORTABLE: SortableColumns = {
  createdAt: 'c.createdAt',
  updatedAt: 'c.updatedAt',
  name: 'c.name',
  number: 'c.number',
};
