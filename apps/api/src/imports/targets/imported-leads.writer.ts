import { Injectable } from '@nestjs/common';
import {
  type CustomFieldValue,
  fieldChanges,
  type ImportedLead,
  LEAD_AUDITED_FIELDS,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import type { LeadAssignment } from '../../leads/lead-assignment.service';
import { copyRows, type CopyValue } from '../copy-rows';
import { ImportedCreationsLog } from './imported-creations.log';

/** One row of a batch that becomes a new lead, its owner settled. */
export interface CreatedLeadRow {
  id: string;
  rowNumber: number;
  lead: ImportedLead;
  /** Checked by the domain's validation, the defaults filled in. */
  customFields: Record<string, CustomFieldValue>;
  score: number;
  ownerId: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
  /** Set when the assignment rules chose the owner (it goes on the lead's timeline). */
  assignment: LeadAssignment | null;
}

/** The fields an import's audit entry lists for each lead it creates. */
const AUDITED_FIELDS = [...LEAD_AUDITED_FIELDS, 'importId'];

/** The columns an import writes; the rest take their defaults (status, version, dates). */
const LEAD_COLUMNS = [
  'id',
  'name',
  'company',
  'title',
  'phones',
  'emails',
  'region',
  'product_interest',
  'source',
  'campaign',
  'notes',
  'score',
  'owner_id',
  'team_id',
  'dealer_org_id',
  'created_by_id',
  'custom_fields',
] as const;

/**
 * Writes the leads an import batch creates without a per-row INSERT: one COPY into leads,
 * then their timeline events ("imported", and "assigned" where the rules chose the owner)
 * and audit entries (ImportedCreationsLog).
 */
@Injectable()
export class ImportedLeadsWriter {
  constructor(private readonly log: ImportedCreationsLog) {}

  async createAll(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    rows: CreatedLeadRow[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const createdBy = auth.actor.type === 'user' ? auth.actor.id : null;
    await copyRows(
      manager,
      'leads',
      LEAD_COLUMNS,
      rows.map((row) => leadRow(row, createdBy)),
    );
    await this.log.record(
      manager,
      auth,
      job,
      'lead',
      rows.map((row) => ({
        id: row.id,
        rowNumber: row.rowNumber,
        changes: fieldChanges(
          {},
          {
            ...row.lead,
            score: row.score,
            ownerId: row.ownerId,
            teamId: row.teamId,
            dealerOrgId: row.dealerOrgId,
            ...(Object.keys(row.customFields).length > 0 ? { customFields: row.customFields } : {}),
            importId: job.id,
          },
          AUDITED_FIELDS,
        ),
        events: row.assignment
          ? [
              {
                kind: 'assigned',
                summary: row.assignment.ruleName ?? 'fallback queue',
                details: row.assignment,
              },
            ]
          : [],
      })),
    );
  }
}

/** A new lead's COPY row. */
function leadRow(row: CreatedLeadRow, createdBy: string | null): CopyValue[] {
  const { lead } = row;
  return [
    row.id,
    lead.name,
    lead.company,
    lead.title,
    JSON.stringify(lead.phones),
    JSON.stringify(lead.emails),
    lead.region,
    lead.productInterest,
    lead.source,
    lead.campaign,
    lead.notes,
    row.score,
    row.ownerId,
    row.teamId,
    row.dealerOrgId,
    createdBy,
    JSON.stringify(row.customFields),
  ];
}
