import type { SortableColumns } from '../common/pagination/keyset';

export const LEAD_SORTABLE: SortableColumns = {
  createdAt: 'l.createdAt',
  updatedAt: 'l.updatedAt',
  name: 'l.name',
  number: 'l.number',
  score: 'l.score',
};
