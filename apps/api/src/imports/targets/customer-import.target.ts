import { Injectable } from '@nestjs/common';
import {
  CUSTOMER_IMPORT_FIELDS,
  type CustomFieldValue,
  MERGED_LIST_FIELDS,
  mergeCustomerFields,
  type CustomerImportField,
  type CustomerKeys,
  customFieldDuplicateKeys,
  type ImportedCustomer,
  parseCustomerRow,
  suggestImportMapping,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import { CustomerBatchUpdates } from '../../customers/customer-batch-updates';
import { ownerChangedEvent } from '../../customers/customer-transfer.service';
import { newCustomerRefusalsFor } from '../../customers/customer-writer';
import type { KeyRow } from '../../customers/customers.repository';
import {
  DuplicateCheckService,
  keyRows,
  keysOf,
} from '../../customers/duplicates/duplicate-check.service';
import { DuplicateRulesService } from '../../customers/duplicates/duplicate-rules.service';
import { type Ownership, OwnersRepository } from '../../customers/owners.repository';
import { TimelineService } from '../../timeline/timeline.service';
import {
  type CustomFieldBatch,
  type CustomFieldCells,
  customFieldCells,
  CustomFieldColumns,
} from '../custom-field-columns';
import type { ImportJob } from '../entities/import-job.entity';
import { OwnerEmailsRepository, unknownOwner } from '../owner-emails.repository';
import {
  type ImportTargetHandler,
  mappedCells,
  type RowOutcome,
  type SheetRow,
} from '../import-target';
import { type ImportOwnership, ImportedCustomersWriter } from './imported-customers.writer';
import { ImportedUpdatesLog } from './imported-updates.log';

interface PreparedRow {
  rowNumber: number;
  result: ReturnType<typeof parseCustomerRow>;
  keys: CustomerKeys | null;
  /** The owner column's email, if the row has one. */
  ownerEmail?: string;
  /** The row's cells of columns mapped to custom fields. */
  customCells: CustomFieldCells;
}

interface Decision extends RowOutcome {
  /** The existing customer an update applies to. */
  customerId?: string;
  customer?: ImportedCustomer;
  keys?: CustomerKeys;
  /** The owner the row's owner column names: a new customer's, or an updated one's next. */
  owner?: Ownership;
  /** A new customer's owner, team and dealer org: the named owner's, else the importer's. */
  ownership?: ImportOwnership;
  /** The custom field values the row gives (checked against the customer on update). */
  customFields?: Record<string, unknown>;
}

type DuplicateRules = Awaited<ReturnType<DuplicateRulesService['current']>>;

interface DecidedBatch {
  decisions: Decision[];
  rules: DuplicateRules;
  customFields: CustomFieldBatch;
}

/**
 * A row's duplicate keys, its phones' keys taken from the row's parse (each phone was
 * read once there) rather than normalized again: the same keys {@link keysOf} gives.
 */
function importedKeys(customer: ImportedCustomer, phoneKeys: readonly string[]): CustomerKeys {
  return { ...keysOf({ ...customer, phones: [] }), phones: [...new Set(phoneKeys)].sort() };
}

/**
 * Adds the rows' custom field values to their duplicate keys (for rules on custom
 * fields), normalized as they will be stored; rows whose values fail are left to fail.
 */
function withCustomFieldKeys(rows: PreparedRow[], customFields: CustomFieldBatch): void {
  for (const row of rows) {
    if (!row.keys || !row.result.customer) continue;
    const parsed = customFields.parse(row.customCells);
    if ('failure' in parsed) continue;
    const checked = customFields.check(parsed.values, {
      mode: 'update',
      kind: row.result.customer.kind,
    });
    if ('stored' in checked)
      row.keys = { ...row.keys, customFields: customFieldDuplicateKeys(checked.stored) };
  }
}

function keyStrings(rows: KeyRow[]): string[] {
  return rows.map((row) => `${row.field}\u0000${row.value}`);
}

/**
 * Customers from a sheet: rows validated and normalized by the domain, duplicates
 * settled by the chosen mode against the customers' duplicate keys, new customers
 * written with COPY, matching ones updated field by field. A row's owner column (an
 * email) makes the new customer that user's, as `ownerId` does on POST /customers, and
 * the customer writer's check decides each row; without one the importer owns it. On a
 * matched customer another owner is a transfer, which needs the transfer's permission.
 */
@Injectable()
export class CustomerImportTarget implements ImportTargetHandler<PreparedRow[], DecidedBatch> {
  readonly target = 'customers';
  readonly subject = 'Customer';
  readonly recordType = 'customer';
  readonly fields = CUSTOMER_IMPORT_FIELDS;

  constructor(
    private readonly customers: CustomerBatchUpdates,
    private readonly owners: OwnersRepository,
    private readonly ownerEmails: OwnerEmailsRepository,
    private readonly duplicates: DuplicateCheckService,
    private readonly rules: DuplicateRulesService,
    private readonly timeline: TimelineService,
    private readonly updatesLog: ImportedUpdatesLog,
    private readonly writer: ImportedCustomersWriter,
    private readonly customFieldColumns: CustomFieldColumns,
  ) {}

  suggestMapping(headers: readonly string[]): Array<string | null> {
    return suggestImportMapping(headers);
  }

  prepare(job: ImportJob, rows: SheetRow[]): PreparedRow[] {
    return rows.map((row) => {
      const result = parseCustomerRow(
        mappedCells<CustomerImportField>(job.mapping ?? [], row.cells),
      );
      return {
        rowNumber: row.rowNumber,
        result,
        keys: result.customer ? importedKeys(result.customer, result.phoneKeys) : null,
        ownerEmail: result.customer ? result.ownerEmail : undefined,
        customCells: customFieldCells(job.mapping ?? [], row.cells),
      };
    });
  }

  async decide(auth: AuthContext, job: ImportJob, rows: PreparedRow[]): Promise<DecidedBatch> {
    const importer = await this.owners.resolveOwner(auth);
    const dealerOrgId = auth.principal.roles.includes('channel_partner')
      ? auth.principal.dealerOrgId
      : null;
    const owners = await this.ownerEmails.ownersByEmail(
      auth,
      new Set(rows.flatMap((row) => row.ownerEmail ?? [])),
    );
    const rules = await this.rules.current();
    const customFields = await this.customFieldColumns.batch(
      auth,
      'customer',
      rows.map((row) => row.customCells),
    );
    if (rules.customFields.some((rule) => rule.mode !== 'off'))
      withCustomFieldKeys(rows, customFields);
    const decisions = await this.settle(job, rows, rules, owners);
    decisions.forEach((decision, index) => {
      if (decision.action === 'fail') return;
      // settle answers one decision per row, in order.
      const parsed = customFields.parse(rows[index].customCells);
      if ('failure' in parsed) {
        Object.assign(decision, { action: 'fail', ...parsed.failure });
        return;
      }
      if (decision.action === 'update') decision.customFields = parsed.values;
      if (decision.action !== 'create') return;
      const checked = customFields.check(parsed.values, {
        mode: 'create',
        kind: (decision.customer as ImportedCustomer).kind,
      });
      if ('failure' in checked) Object.assign(decision, { action: 'fail', ...checked.failure });
      else decision.customFields = checked.stored;
    });
    for (const decision of decisions) {
      if (decision.action === 'create')
        decision.ownership = { ...(decision.owner ?? importer), dealerOrgId };
    }
    return { decisions, rules, customFields };
  }

  async write(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    { decisions, rules, customFields }: DecidedBatch,
  ): Promise<RowOutcome[]> {
    // The customer writer's record check, on each row as it will be written.
    const refusalOf = newCustomerRefusalsFor(auth);
    for (const decision of decisions) {
      if (decision.action !== 'create') continue;
      const refusal = refusalOf({ ...decision.customer, ...decision.ownership });
      if (refusal === null) continue;
      Object.assign(decision, {
        action: 'fail',
        column: refusal.kind === 'record' && decision.owner ? 'owner' : null,
        reason:
          refusal.kind === 'record'
            ? 'You may not create customers for this owner.'
            : `You may not set: ${refusal.fields.join(', ')}.`,
      });
    }
    const creates = decisions.filter((decision) => decision.action === 'create');
    const updates = decisions.filter((decision) => decision.action === 'update');
    if (creates.length > 0) {
      await this.writer.createAll(
        manager,
        auth,
        job,
        creates.map((decision) => ({
          rowNumber: decision.rowNumber,
          customer: decision.customer as ImportedCustomer,
          nameKey: decision.keys?.nameKey ?? '',
          keys: keyRows(decision.keys as CustomerKeys, rules),
          ownership: decision.ownership as ImportOwnership,
          customFields: (decision.customFields ?? {}) as Record<string, CustomFieldValue>,
        })),
      );
    }
    if (updates.length > 0) await this.updateAll(manager, auth, job, updates, rules, customFields);
    return decisions;
  }

  /** Settles owners, and duplicates against the database and earlier rows. */
  private async settle(
    job: ImportJob,
    parsed: PreparedRow[],
    rules: DuplicateRules,
    owners: Map<string, Ownership | null>,
  ): Promise<Decision[]> {
    const drafts = new Map(
      parsed.flatMap(({ rowNumber, keys }) => (keys ? [[rowNumber, keys] as const] : [])),
    );
    const allKeys = [...drafts.values()].flatMap((keys) => keyRows(keys, rules));
    const { matches: existing, numbers } = await this.duplicates.keyHolders(allKeys);
    const taken = new Map(existing.map((match) => [`${match.field}\u0000${match.value}`, match]));
    const inThisBatch = new Map<string, number>();

    return parsed.map(({ rowNumber, result, ownerEmail }): Decision => {
      if (!result.customer) {
        return {
          rowNumber,
          action: 'fail',
          column: result.errors[0].column,
          reason: result.errors.map((error) => `${error.column} ${error.reason}`).join('; '),
        };
      }
      const owner = ownerEmail === undefined ? undefined : owners.get(ownerEmail);
      if (owner === null) return unknownOwner(rowNumber, ownerEmail as string);
      const draftKeys = drafts.get(rowNumber);
      const keys = draftKeys ? keyRows(draftKeys, rules) : [];
      const strings = keyStrings(keys);
      const earlier = strings.map((key) => inThisBatch.get(key)).find((row) => row !== undefined);
      const match = strings.map((key) => taken.get(key)).find((found) => found !== undefined);
      if (match || earlier !== undefined) {
        const where = match
          ? `${numbers.get(match.customerId) ?? 'an existing customer'} (${match.field})`
          : `row ${earlier}`;
        if (job.duplicateMode === 'update' && match && earlier === undefined) {
          const matched = new Set(strings.flatMap((key) => taken.get(key)?.customerId ?? []));
          if (matched.size > 1) {
            return {
              rowNumber,
              action: 'fail',
              reason: `matches several customers (${[...matched].map((id) => numbers.get(id) ?? id).join(', ')})`,
            };
          }
          for (const key of strings) inThisBatch.set(key, rowNumber);
          return {
            rowNumber,
            action: 'update',
            customerId: match.customerId,
            customer: result.customer,
            keys: draftKeys,
            owner,
          };
        }
        if (job.duplicateMode === 'skip' || job.duplicateMode === 'update') {
          return { rowNumber, action: 'skip', reason: `duplicate of ${where}` };
        }
        if (
          (match && match.blocking) ||
          (earlier !== undefined && keys.some((key) => key.blocking))
        ) {
          return {
            rowNumber,
            action: 'fail',
            column: match?.field ?? null,
            reason: `duplicate of ${where}, which a blocking rule refuses`,
          };
        }
      }
      for (const key of strings) inThisBatch.set(key, rowNumber);
      return { rowNumber, action: 'create', customer: result.customer, keys: draftKeys, owner };
    });
  }

  /**
   * Fills existing customers from their matching rows: given values replace, lists are
   * joined. Rows matching a customer the importer may not update fail instead. A row
   * naming another owner transfers the customer, as POST /customers/{id}/transfer does:
   * only a customer the importer may reassign, else the row fails and nothing changes.
   */
  private async updateAll(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    updates: Decision[],
    rules: DuplicateRules,
    customFields: CustomFieldBatch,
  ): Promise<void> {
    const current = new Map(
      (
        await this.customers.lockUpdatable(
          manager,
          auth,
          updates.map((decision) => decision.customerId as string),
        )
      ).map((customer) => [customer.id, customer]),
    );
    const newOwnerOf = (decision: Decision): Ownership | null => {
      const customer = current.get(decision.customerId as string);
      return customer && decision.owner && decision.owner.ownerId !== customer.ownerId
        ? decision.owner
        : null;
    };
    const moving = updates.flatMap((decision) =>
      newOwnerOf(decision) ? [decision.customerId as string] : [],
    );
    const reassignable = await this.customers.transferable(auth, moving);
    const changes = [];
    for (const decision of updates) {
      const customer = current.get(decision.customerId as string);
      if (!customer) {
        Object.assign(decision, {
          action: 'fail',
          reason: 'matches a customer you may not update',
        });
        continue;
      }
      const newOwner = newOwnerOf(decision);
      if (newOwner && !reassignable.has(customer.id)) {
        Object.assign(decision, {
          action: 'fail',
          column: 'owner',
          reason: 'You may not transfer this customer to another owner.',
        });
        continue;
      }
      // Only the custom fields the row gives change; the others keep their values.
      const given = decision.customFields ?? {};
      const checked =
        Object.keys(given).length === 0
          ? null
          : customFields.check(given, {
              mode: 'update',
              kind: customer.kind,
              previous: customer.customFields,
            });
      if (checked && 'failure' in checked) {
        Object.assign(decision, { action: 'fail', ...checked.failure });
        continue;
      }
      const imported = decision.customer as ImportedCustomer;
      const fields = Object.keys(imported).filter((field) => {
        const value = (imported as unknown as Record<string, unknown>)[field];
        return value !== undefined && !(Array.isArray(value) && value.length === 0);
      });
      const scalars = fields.filter(
        (field) => !(MERGED_LIST_FIELDS as readonly string[]).includes(field) && field !== 'kind',
      );
      const merged = {
        ...mergeCustomerFields(
          { ...customer },
          { ...imported },
          [...new Set([...fields.filter((field) => field !== 'kind')])],
          Object.fromEntries(scalars.map((field) => [field, 'source' as const])),
        ),
        ...(newOwner ? { ownerId: newOwner.ownerId, teamId: newOwner.teamId } : {}),
        ...(checked ? { customFields: checked.stored } : {}),
      };
      await this.customers.store(manager, customer, merged, rules);
      changes.push({ customer, merged, decision });
    }
    await this.timeline.record(
      manager,
      auth,
      changes.flatMap(({ customer, merged }) =>
        merged.ownerId === undefined || merged.ownerId === null
          ? []
          : [
              ownerChangedEvent(
                customer.id,
                customer.ownerId,
                merged.ownerId,
                merged.teamId ?? null,
              ),
            ],
      ),
    );
    await this.updatesLog.record(
      manager,
      auth,
      job,
      'customer',
      changes.map(({ customer, merged, decision }) => ({
        id: customer.id,
        rowNumber: decision.rowNumber,
        before: customer,
        after: { ...customer, ...merged },
        fields: Object.keys(merged),
      })),
    );
  }
}
