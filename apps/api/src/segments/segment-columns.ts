import type { SubjectColumns } from '../authz/ability-to-sql';
import type { SortableColumns } from '../common/pagination/keyset';

/** The fields segment permission rules test, as columns of the `s` alias. */
export const SEGMENT_COLUMNS: SubjectColumns = { id: 's.id', ownerId: 's.ownerId' };

export const SEGMENT_SORTABLE: SortableColumns = { createdAt: 's.createdAt', name: 's.name' };
