import type { SubjectColumns } from '../authz/ability-to-sql';
import type { SortableColumns } from '../common/pagination/keyset';

/** The fields lead permission rules test, as columns of the `l` alias. */
export const LEAD_COLUMNS: SubjectColumns = {
  id: 'l.id',
  ownerId: 'l.ownerId',
  teamId: 'l.teamId',
  dealerOrgId: 'l.dealerOrgId',
  sharedWithTeam: 'l.sharedWithTeam',
};

export const LEAD_SORTABLE: SortableColumns = {
  createdAt: 'l.createdAt',
  updatedAt: 'l.updatedAt',
  name: 'l.name',
  number: 'l.number',
  score: 'l.score',
};
