import { Injectable } from '@nestjs/common';
import { fieldChanges, type ImportedLead } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import type { LeadAssignment } from '../../leads/lead-assignment.service';
import { LEAD_AUDITED_FIELDS } from '../../leads/leads.service';
import { copyRows, type CopyValue } from '../copy-rows';

/** One row of a batch that becomes a new lead, its owner settled. */
export interface CreatedLeadRow {
  id: string;
  rowNumber: number;
  lead: ImportedLead;
  score: number;
  ownerId: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
  /** Set when the assignment rules chose the owner (it goes on the lead's timeline). */
  assignment: LeadAssignment | null;
}

/** The fields an import's audit entry lists for each lead it creates. */
const AUDITED_FIELDS = [...LEAD_AUDITED_FIELDS, 'importId'];

const STAGED_COLUMNS = [
  'id',
  'row_number',
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
  'assignment',
  'audit_changes',
] as const;

/** The columns leads take from the staging table, in the same order. */
const LEAD_COLUMNS = STAGED_COLUMNS.filter(
  (column) => !['row_number', 'assignment', 'audit_changes'].includes(column),
).join(', ');

/**
 * Writes the leads an import batch creates without a per-row INSERT: the rows are
 * COPYed into a staging table that lives for the transaction, and leads, timeline
 * events ("imported", and "assigned" where the rules chose the owner) and audit entries
 * are each filled by one INSERT … SELECT.
 */
@Injectable()
export class ImportedLeadsWriter {
  async createAll(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    rows: CreatedLeadRow[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `CREATE TEMP TABLE lead_import_staging (
         id uuid, row_number integer, name varchar(200), company varchar(200), title varchar(120),
         phones jsonb, emails jsonb, region varchar(80), product_interest varchar(120),
         source varchar(20), campaign varchar(120), notes text, score integer, owner_id uuid,
         team_id uuid, dealer_org_id uuid, assignment jsonb, audit_changes jsonb) ON COMMIT DROP`,
    );
    await copyRows(
      manager,
      'lead_import_staging',
      STAGED_COLUMNS,
      rows.map((row) => this.stagedRow(row, job.id)),
    );
    await manager.query(
      `INSERT INTO leads (${LEAD_COLUMNS}, created_by_id)
       SELECT ${LEAD_COLUMNS}, $1::uuid FROM lead_import_staging ORDER BY row_number`,
      [auth.actor.type === 'user' ? auth.actor.id : null],
    );
    await manager.query(
      `INSERT INTO timeline_events (subject_type, subject_id, kind, occurred_at, actor_type, actor_id, summary, details)
       SELECT 'lead', id, 'imported', now(), $1, $2::uuid, left(format('%s, row %s', $3::text, row_number), 500),
              jsonb_build_object('importId', $4::uuid, 'rowNumber', row_number)
         FROM lead_import_staging
       UNION ALL
       SELECT 'lead', id, 'assigned', now(), $1, $2::uuid,
              left(COALESCE(assignment->>'ruleName', 'fallback queue'), 500), assignment
         FROM lead_import_staging WHERE assignment IS NOT NULL`,
      [auth.actor.type, auth.actor.id, job.filename, job.id],
    );
    await manager.query(
      `INSERT INTO audit_log (entity, entity_id, action, actor_type, actor_id, request_id, changes)
       SELECT 'lead', id, 'create', $1, $2::uuid, $3, audit_changes FROM lead_import_staging`,
      [auth.actor.type, auth.actor.id, auth.requestId ?? null],
    );
  }

  private stagedRow(row: CreatedLeadRow, importId: string): CopyValue[] {
    const { lead } = row;
    const ownership = { ownerId: row.ownerId, teamId: row.teamId, dealerOrgId: row.dealerOrgId };
    const audited = fieldChanges(
      {},
      { ...lead, score: row.score, ...ownership, importId },
      AUDITED_FIELDS,
    );
    return [
      row.id,
      row.rowNumber,
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
      row.assignment === null ? null : JSON.stringify(row.assignment),
      JSON.stringify(audited),
    ];
  }
}
