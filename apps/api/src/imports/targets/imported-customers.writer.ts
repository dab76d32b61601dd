import { Injectable } from '@nestjs/common';
import {
  CUSTOMER_AUDITED_FIELDS,
  type CustomFieldValue,
  fieldChanges,
  type ImportedCustomer,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import { timeOrderedUuid } from '../../common/crypto/time-ordered-uuid';
import type { KeyRow } from '../../customers/customers.repository';
import { copyRows, type CopyValue } from '../copy-rows';
import { ImportedCreationsLog } from './imported-creations.log';

/** One row of a batch that becomes a new customer, with its owner, team and dealer org. */
export interface CreatedRow {
  rowNumber: number;
  customer: ImportedCustomer;
  nameKey: string;
  keys: KeyRow[];
  ownership: ImportOwnership;
  /** Checked by the domain's validation, the defaults filled in. */
  customFields: Record<string, CustomFieldValue>;
}

export interface ImportOwnership {
  ownerId: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
}

/** The fields an import's audit entry lists for each customer it creates: the catalogue's. */
const AUDITED_FIELDS = [...CUSTOMER_AUDITED_FIELDS, 'importId'];

/** The columns an import writes; the rest take their defaults (number, version, dates). */
const CUSTOMER_COLUMNS = [
  'id',
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
  'owner_id',
  'team_id',
  'dealer_org_id',
  'created_by_id',
  'custom_fields',
] as const;

const KEY_COLUMNS = ['customer_id', 'field', 'value', 'blocking'] as const;

function textArray(values: readonly string[] | undefined): string | null {
  if (!values || values.length === 0) return null;
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

/**
 * The bulk form of the customer writer (CustomerWriter): the import target has run the
 * writer's record check on every row (newCustomerRefusalsFor). Writes the customers an
 * import batch creates without a per-row INSERT: one COPY each
 * into customers and their duplicate keys, then the timeline events and audit entries
 * (ImportedCreationsLog). Ids are chosen here, time-ordered, so the tables can be written
 * in one pass and the uuid indexes are appended to rather than written at random.
 */
@Injectable()
export class ImportedCustomersWriter {
  constructor(private readonly log: ImportedCreationsLog) {}

  async createAll(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    rows: CreatedRow[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const ids = rows.map(() => timeOrderedUuid());
    // Only a user is a creator; an API key's import leaves it empty, as its API calls do.
    const createdBy = auth.actor.type === 'user' ? auth.actor.id : null;
    // Rows are made as COPY takes them, not as one array of the whole batch.
    function* customers(): Generator<CopyValue[]> {
      for (const [index, row] of rows.entries()) yield customerRow(ids[index], row, createdBy);
    }
    function* keys(): Generator<CopyValue[]> {
      for (const [index, row] of rows.entries())
        for (const key of row.keys) yield [ids[index], key.field, key.value, key.blocking];
    }
    await copyRows(manager, 'customers', CUSTOMER_COLUMNS, customers());
    await copyRows(manager, 'customer_keys', KEY_COLUMNS, keys());
    await this.log.record(
      manager,
      auth,
      job,
      'customer',
      rows.map((row, index) => ({
        id: ids[index],
        rowNumber: row.rowNumber,
        changes: fieldChanges(
          {},
          {
            ...row.customer,
            source: row.customer.source ?? 'import',
            nameKey: row.nameKey,
            ...row.ownership,
            ...(Object.keys(row.customFields).length > 0 ? { customFields: row.customFields } : {}),
            importId: job.id,
          },
          AUDITED_FIELDS,
        ),
      })),
    );
  }
}

/** A new customer's COPY row, with the defaults a created customer gets. */
function customerRow(id: string, row: CreatedRow, createdBy: string | null): CopyValue[] {
  const { customer, ownership } = row;
  return [
    id,
    customer.kind,
    customer.name,
    row.nameKey,
    customer.tier ?? 'potential',
    textArray(customer.roles) ?? '{customer}',
    customer.source ?? 'import',
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
    ownership.ownerId,
    ownership.teamId,
    ownership.dealerOrgId,
    createdBy,
    JSON.stringify(row.customFields),
  ];
}
