import type { ExportColumn } from '../../common/export/spreadsheet-export';
import type { LeadResponse } from '../dto/lead.dto';

function primary<T extends { primary?: boolean }>(entries: T[]): T | undefined {
  return entries.find((entry) => entry.primary) ?? entries[0];
}

/**
 * The columns of a lead export, in order. The headers a lead import reads (name, company,
 * phone, email, …) are the import's field names; the owner is exported by name under
 * `ownerName`, which an import leaves unmapped (its `owner` column takes an email).
 */
export const LEAD_EXPORT_COLUMNS: Array<ExportColumn<LeadResponse>> = [
  { field: 'number', value: (l) => l.number },
  { field: 'name', value: (l) => l.name },
  { field: 'company', value: (l) => l.company ?? '' },
  { field: 'title', value: (l) => l.title ?? '' },
  { field: 'phone', value: (l) => primary(l.phones)?.value ?? '' },
  { field: 'email', value: (l) => primary(l.emails)?.value ?? '' },
  { field: 'region', value: (l) => l.region ?? '' },
  { field: 'productInterest', value: (l) => l.productInterest ?? '' },
  { field: 'source', value: (l) => l.source },
  { field: 'campaign', value: (l) => l.campaign ?? '' },
  { field: 'status', value: (l) => l.status },
  { field: 'score', value: (l) => String(l.score) },
  { field: 'nextFollowUpAt', value: (l) => l.nextFollowUpAt ?? '' },
  { field: 'ownerName', value: (l) => l.owner?.name ?? '' },
  { field: 'team', value: (l) => l.team?.name ?? '' },
  { field: 'notes', value: (l) => l.notes ?? '' },
  { field: 'createdAt', value: (l) => l.createdAt },
  { field: 'updatedAt', value: (l) => l.updatedAt },
];
