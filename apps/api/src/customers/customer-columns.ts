import type { SortableColumns } from '../common/pagination/keyset';

export const CUSTOMER_SORTABLE: SortableColumns = {
  createdAt: 'c.createdAt',
  updatedAt: 'c.updatedAt',
  name: 'c.name',
  number: 'c.number',
};
