import type { SortableColumns } from '../common/pagination/keyset';

export const SEGMENT_SORTABLE: SortableColumns = { createdAt: 's.createdAt', name: 's.name' };
