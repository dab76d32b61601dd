import { Injectable } from '@nestjs/common';
import {
  CUSTOMER_IMPORT_FIELDS,
  MERGED_LIST_FIELDS,
  mergeCustomerFields,
  type CustomerImportField,
  type CustomerKeys,
  type ImportedCustomer,
  parseCustomerRow,
  suggestImportMapping,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../../authz/auth-context';
import { updateVersioned } from '../../common/versioning/versioned-update';
import { newCustomerRefusalsFor } from '../../customers/customer-writer';
import { CustomersRepository, type KeyRow } from '../../customers/customers.repository';
import { formatCustomerNumber } from '../../customers/dto/customer.dto';
import { DuplicateCandidatesRepository } from '../../customers/duplicates/duplicate-candidates.repository';
import { keyRows, keysOf } from '../../customers/duplicates/duplicate-check.service';
import { DuplicateRulesService } from '../../customers/duplicates/duplicate-rules.service';
import { Customer } from '../../customers/entities/customer.entity';
import { OwnersRepository } from '../../customers/owners.repository';
import type { ImportJob } from '../entities/import-job.entity';
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
}

interface Decision extends RowOutcome {
  /** The existing customer an update applies to. */
  customerId?: string;
  customer?: ImportedCustomer;
  keys?: CustomerKeys;
}

type DuplicateRules = Awaited<ReturnType<DuplicateRulesService['current']>>;

interface DecidedBatch {
  decisions: Decision[];
  ownership: ImportOwnership;
  rules: DuplicateRules;
}

/**
 * A row's duplicate keys, its phones' keys taken from the row's parse (each phone was
 * read once there) rather than normalized again: the same keys {@link keysOf} gives.
 */
function importedKeys(customer: ImportedCustomer, phoneKeys: readonly string[]): CustomerKeys {
  return { ...keysOf({ ...customer, phones: [] }), phones: [...new Set(phoneKeys)].sort() };
}

function keyStrings(rows: KeyRow[]): string[] {
  return rows.map((row) => `${row.field}\u0000${row.value}`);
}

/**
 * Customers from a sheet: rows validated and normalized by the domain, duplicates
 * settled by the chosen mode against the customers' duplicate keys, new customers
 * written with COPY, matching ones updated field by field.
 */
@Injectable()
export class CustomerImportTarget implements ImportTargetHandler<PreparedRow[], DecidedBatch> {
  readonly target = 'customers';
  readonly subject = 'Customer';
  readonly fields = CUSTOMER_IMPORT_FIELDS;

  constructor(
    private readonly customers: CustomersRepository,
    private readonly owners: OwnersRepository,
    private readonly candidates: DuplicateCandidatesRepository,
    private readonly rules: DuplicateRulesService,
    private readonly updatesLog: ImportedUpdatesLog,
    private readonly writer: ImportedCustomersWriter,
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
      };
    });
  }

  async decide(auth: AuthContext, job: ImportJob, rows: PreparedRow[]): Promise<DecidedBatch> {
    const owner = await this.owners.resolveOwner(auth);
    const dealerOrgId = auth.principal.roles.includes('channel_partner')
      ? auth.principal.dealerOrgId
      : null;
    const ownership = { ...owner, dealerOrgId };
    const rules = await this.rules.current();
    return {
      decisions: await this.settle(job, rows, rules),
      ownership,
      rules,
    };
  }

  async write(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    { decisions, ownership, rules }: DecidedBatch,
  ): Promise<RowOutcome[]> {
    // The customer writer's record check, on each row as it will be written.
    const refusalOf = newCustomerRefusalsFor(auth);
    for (const decision of decisions) {
      if (decision.action !== 'create') continue;
      const refusal = refusalOf({ ...decision.customer, ...ownership });
      if (refusal === null) continue;
      Object.assign(decision, {
        action: 'fail',
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
        })),
        ownership,
      );
    }
    if (updates.length > 0) await this.updateAll(manager, auth, job, updates, rules);
    return decisions;
  }

  /** Settles duplicates against the database and earlier rows. */
  private async settle(
    job: ImportJob,
    parsed: PreparedRow[],
    rules: DuplicateRules,
  ): Promise<Decision[]> {
    const drafts = new Map(
      parsed.flatMap(({ rowNumber, keys }) => (keys ? [[rowNumber, keys] as const] : [])),
    );
    const allKeys = [...drafts.values()].flatMap((keys) => keyRows(keys, rules));
    const existing = await this.candidates.findByKeys(allKeys, undefined, allKeys.length + 10);
    const taken = new Map(existing.map((match) => [`${match.field}\u0000${match.value}`, match]));
    const numbers = new Map(
      (
        await this.candidates.summaries([...new Set(existing.map((match) => match.customerId))])
      ).map((summary) => [summary.id, formatCustomerNumber(summary.number)]),
    );
    const inThisBatch = new Map<string, number>();

    return parsed.map(({ rowNumber, result }): Decision => {
      if (!result.customer) {
        return {
          rowNumber,
          action: 'fail',
          column: result.errors[0].column,
          reason: result.errors.map((error) => `${error.column} ${error.reason}`).join('; '),
        };
      }
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
      return { rowNumber, action: 'create', customer: result.customer, keys: draftKeys };
    });
  }

  /**
   * Fills existing customers from their matching rows: given values replace, lists are
   * joined. Rows matching a customer the importer may not update fail instead.
   */
  private async updateAll(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    updates: Decision[],
    rules: DuplicateRules,
  ): Promise<void> {
    const current = new Map(
      (
        await this.customers.findUpdatable(
          manager,
          auth,
          updates.map((decision) => decision.customerId as string),
        )
      ).map((customer) => [customer.id, customer]),
    );
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
      const imported = decision.customer as ImportedCustomer;
      const given = Object.keys(imported).filter((field) => {
        const value = (imported as unknown as Record<string, unknown>)[field];
        return value !== undefined && !(Array.isArray(value) && value.length === 0);
      });
      const scalars = given.filter(
        (field) => !(MERGED_LIST_FIELDS as readonly string[]).includes(field) && field !== 'kind',
      );
      const merged = mergeCustomerFields(
        { ...customer },
        { ...imported },
        [...new Set([...given.filter((field) => field !== 'kind')])],
        Object.fromEntries(scalars.map((field) => [field, 'source' as const])),
      );
      const keys = keysOf({ ...customer, ...merged });
      await updateVersioned(manager, Customer, customer.id, customer.version, {
        ...(merged as QueryDeepPartialEntity<Customer>),
        nameKey: keys.nameKey,
      });
      await this.customers.replaceKeys(manager, customer.id, keyRows(keys, rules));
      changes.push({ customer, merged, decision });
    }
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
