import type { ExportColumn } from '../../common/export/spreadsheet-export';
import type { LeadResponse } from '../dto/lead.dto';

function primary<T extends { primary?: boolean }>(entries: T[] | undefined): T | undefined {
  return entries?.find((entry) => entry.primary) ?? entries?.[0];
}

/**
 * The columns of a lead export, in order. The headers a lead import reads (name, company,
 * phone, email, … and their Chinese names) are among the import's synonyms; the owner is
 * exported by name under "Owner name" / 负责人姓名, which an import leaves unmapped (its
 * owner column takes an email).
 */
export const LEAD_EXPORT_COLUMNS: Array<ExportColumn<Partial<LeadResponse>>> = [
  { field: 'number', value: (l) => l.number },
  { field: 'name', header: 'leadName', value: (l) => l.name },
  { field: 'company', value: (l) => l.company },
  { field: 'title', value: (l) => l.title },
  { field: 'phone', value: (l) => primary(l.phones)?.value },
  { field: 'email', value: (l) => primary(l.emails)?.value },
  { field: 'region', value: (l) => l.region },
  { field: 'productInterest', value: (l) => l.productInterest },
  { field: 'source', type: 'enum', enum: 'leadSource', value: (l) => l.source },
  { field: 'campaign', value: (l) => l.campaign },
  { field: 'status', type: 'enum', enum: 'leadStatus', value: (l) => l.status },
  { field: 'score', type: 'integer', value: (l) => l.score },
  { field: 'nextFollowUpAt', type: 'dateTime', value: (l) => l.nextFollowUpAt },
  { field: 'ownerName', value: (l) => l.owner?.name },
  { field: 'team', value: (l) => l.team?.name },
  { field: 'notes', value: (l) => l.notes },
  { field: 'createdAt', type: 'dateTime', value: (l) => l.createdAt },
  { field: 'updatedAt', type: 'dateTime', value: (l) => l.updatedAt },
];
