import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { fieldChanges, type ImportedCustomer } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import type { KeyRow } from '../../customers/customers.repository';
import { copyRows, type CopyValue } from '../copy-rows';

/** One row of a batch that becomes a new customer. */
export interface CreatedRow {
  rowNumber: number;
  customer: ImportedCustomer;
  nameKey: string;
  keys: KeyRow[];
}

export interface ImportOwnership {
  ownerId: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
}

/** The fields an import's audit entry lists for each customer it creates. */
const AUDITED_FIELDS = [
  'kind',
  'name',
  'phones',
  'emails',
  'taxId',
  'ownerId',
  'teamId',
  'dealerOrgId',
  'importId',
];

const STAGED_COLUMNS = [
  'id',
  'row_number',
  'kind',
  'name',
  'name_key',
  'tier',
  'roles',
  'source',
  'industry',
  'region',
  'phones',
  'emails',
  'addresses',
  'im_handles',
  'website',
  'tax_id',
  'gender',
  'birth_date',
  'occupation',
  'notes',
  'audit_changes',
] as const;

/** The columns customers take from the staging table, in the same order. */
const CUSTOMER_COLUMNS = STAGED_COLUMNS.filter(
  (column) => !['row_number', 'audit_changes', 'tier', 'roles', 'source'].includes(column),
).join(', ');

function textArray(values: readonly string[] | undefined): string | null {
  if (!values || values.length === 0) return null;
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

/**
 * Writes the customers an import batch creates without a per-row INSERT: the rows and
 * their duplicate keys are COPYed into staging tables that live for the transaction,
 * and customers, keys, timeline events and audit entries are each filled by one
 * INSERT … SELECT. Ids are chosen here so the four tables can be written in one pass.
 */
@Injectable()
export class ImportedCustomersWriter {
  async createAll(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    rows: CreatedRow[],
    ownership: ImportOwnership,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `CREATE TEMP TABLE import_staging (
         id uuid, row_number integer, kind varchar(10), name varchar(200), name_key varchar(200),
         tier varchar(12), roles text[], source varchar(40), industry varchar(80), region varchar(80),
         phones jsonb, emails jsonb, addresses jsonb, im_handles jsonb, website varchar(300),
         tax_id varchar(40), gender varchar(10), birth_date date, occupation varchar(120), notes text,
         audit_changes jsonb) ON COMMIT DROP`,
    );
    await manager.query(
      `CREATE TEMP TABLE import_staging_keys (
         customer_id uuid, field varchar(10), value varchar(320), blocking boolean) ON COMMIT DROP`,
    );
    const ids = rows.map(() => randomUUID());
    await copyRows(
      manager,
      'import_staging',
      STAGED_COLUMNS,
      this.stagedRows(ids, rows, ownership, job.id),
    );
    await copyRows(
      manager,
      'import_staging_keys',
      ['customer_id', 'field', 'value', 'blocking'],
      rows.flatMap((row, index) =>
        row.keys.map((key): CopyValue[] => [ids[index], key.field, key.value, key.blocking]),
      ),
    );
    await manager.query(
      `INSERT INTO customers (${CUSTOMER_COLUMNS}, tier, roles, source, owner_id, team_id, dealer_org_id, created_by_id)
       SELECT ${CUSTOMER_COLUMNS}, COALESCE(tier, 'potential'), COALESCE(roles, '{customer}'),
              COALESCE(source, 'import'), $1::uuid, $2::uuid, $3::uuid, $4::uuid
         FROM import_staging ORDER BY row_number`,
      [ownership.ownerId, ownership.teamId, ownership.dealerOrgId, auth.actor.id],
    );
    await manager.query(
      `INSERT INTO customer_keys (customer_id, field, value, blocking)
       SELECT customer_id, field, value, blocking FROM import_staging_keys`,
    );
    await manager.query(
      `INSERT INTO timeline_events (subject_type, subject_id, kind, occurred_at, actor_type, actor_id, summary, details)
       SELECT 'customer', id, 'imported', now(), $1, $2::uuid, left(format('%s, row %s', $3::text, row_number), 500),
              jsonb_build_object('importId', $4::uuid, 'rowNumber', row_number)
         FROM import_staging`,
      [auth.actor.type, auth.actor.id, job.filename, job.id],
    );
    await manager.query(
      `INSERT INTO audit_log (entity, entity_id, action, actor_type, actor_id, request_id, changes)
       SELECT 'customer', id, 'create', $1, $2::uuid, $3, audit_changes FROM import_staging`,
      [auth.actor.type, auth.actor.id, auth.requestId ?? null],
    );
  }

  /** Made row by row as COPY takes them, not as one array of the whole batch. */
  private *stagedRows(
    ids: string[],
    rows: CreatedRow[],
    ownership: ImportOwnership,
    importId: string,
  ): Generator<CopyValue[]> {
    for (const [index, row] of rows.entries())
      yield this.stagedRow(ids[index], row, ownership, importId);
  }

  private stagedRow(
    id: string,
    row: CreatedRow,
    ownership: ImportOwnership,
    importId: string,
  ): CopyValue[] {
    const customer = row.customer;
    const source = customer.source ?? 'import';
    const audited = fieldChanges(
      {},
      { ...customer, source, nameKey: row.nameKey, ...ownership, importId },
      AUDITED_FIELDS,
    );
    return [
      id,
      row.rowNumber,
      customer.kind,
      customer.name,
      row.nameKey,
      customer.tier,
      textArray(customer.roles),
      customer.source,
      customer.industry,
      customer.region,
      JSON.stringify(customer.phones),
      JSON.stringify(customer.emails),
      JSON.stringify(customer.addresses),
      JSON.stringify(customer.imHandles),
      customer.website,
      customer.taxId,
      customer.gender,
      customer.birthDate,
      customer.occupation,
      customer.notes,
      JSON.stringify(audited),
    ];
  }
}
