import { Injectable, Logger } from '@nestjs/common';
import {
  asSubject,
  MERGED_LIST_FIELDS,
  mergeCustomerFields,
  type CustomerImportField,
  type CustomerKeys,
  type ImportedCustomer,
  parseCustomerRow,
} from '@kehu/domain';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { AuthContext } from '../authz/auth-context';
import { CustomersRepository, type KeyRow } from '../customers/customers.repository';
import { formatCustomerNumber } from '../customers/dto/customer.dto';
import { DuplicateCandidatesRepository } from '../customers/duplicates/duplicate-candidates.repository';
import { keyRows, keysOf } from '../customers/duplicates/duplicate-check.service';
import { DuplicateRulesService } from '../customers/duplicates/duplicate-rules.service';
import { OwnersRepository } from '../customers/owners.repository';
import { Customer } from '../customers/entities/customer.entity';
import { updateVersioned } from '../common/versioning/versioned-update';
import { TransactionRunner } from '../database/transaction-runner';
import { TimelineService } from '../timeline/timeline.service';
import type { ImportJob } from './entities/import-job.entity';
import { type BatchCounts, ImportsRepository } from './imports.repository';
import { ImportedCustomersWriter } from './imported-customers.writer';
import { countSheetRows, readSheetRows } from './sheet-reader';

/** Rows per transaction: large enough for COPY to pay off, small enough for flat memory. */
const BATCH_SIZE = 5000;

interface SheetRow {
  rowNumber: number;
  cells: string[];
}

interface PreparedRow {
  rowNumber: number;
  result: ReturnType<typeof parseCustomerRow>;
  keys: CustomerKeys | null;
}

interface Decision {
  rowNumber: number;
  action: 'create' | 'update' | 'skip' | 'fail';
  /** The existing customer an update applies to. */
  customerId?: string;
  customer?: ImportedCustomer;
  keys?: CustomerKeys;
  reason?: string;
  column?: string | null;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505'
  );
}

function keyStrings(rows: KeyRow[]): string[] {
  return rows.map((row) => `${row.field}\u0000${row.value}`);
}

/**
 * Runs one customer import: streams the sheet, validates and normalizes each row,
 * settles duplicates by the chosen mode, and writes each batch of rows with its
 * progress in one transaction — a restart resumes after the last committed batch.
 */
@Injectable()
export class CustomerImportProcessor {
  private readonly logger = new Logger(CustomerImportProcessor.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly auth: AuthService,
    private readonly customers: CustomersRepository,
    private readonly owners: OwnersRepository,
    private readonly candidates: DuplicateCandidatesRepository,
    private readonly rules: DuplicateRulesService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly writer: ImportedCustomersWriter,
  ) {}

  /** Processes the job; stops between batches (leaving it queued to resume) when asked. */
  async run(job: ImportJob, shouldStop: () => boolean = () => false): Promise<void> {
    try {
      const auth = await this.auth.contextForUser(job.createdById, `import:${job.id}`);
      if (!auth || !auth.ability.can('import', 'Customer')) {
        await this.imports.finish(
          job.id,
          'failed',
          'The user who started the import may no longer import customers.',
        );
        return;
      }
      if (job.totalRows === null)
        await this.imports.setTotal(job.id, await countSheetRows(job.filePath, job.format));
      let batch: SheetRow[] = [];
      let rowIndex = 0;
      // Each batch is written while the next one is read and validated; a failed write
      // is kept as a value so it surfaces at the next await instead of going unhandled.
      let writing: Promise<Error | null> = Promise.resolve(null);
      const written = async (): Promise<void> => {
        const failure = await writing;
        if (failure) throw failure;
      };
      for await (const cells of readSheetRows(job.filePath, job.format)) {
        rowIndex++;
        if (rowIndex === 1 || rowIndex - 1 <= job.processedRows) continue; // header, or already done
        batch.push({ rowNumber: rowIndex, cells });
        if (batch.length === BATCH_SIZE) {
          const prepared = this.prepare(job, batch);
          batch = [];
          await written();
          if (shouldStop()) {
            await this.imports.requeue(job.id);
            return;
          }
          writing = this.processBatch(auth, job, prepared).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          );
        }
      }
      await written();
      if (batch.length > 0) await this.processBatch(auth, job, this.prepare(job, batch));
      await this.imports.finish(job.id, 'completed');
    } catch (error) {
      this.logger.error(
        `import ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      await this.imports.finish(job.id, 'failed', this.describe(error));
    }
  }

  private describe(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    if (/record|quote|column/i.test(message) && /csv|record|quote/i.test(message))
      return `The file is not valid CSV: ${message}`;
    if (/zip|end of central directory|xml/i.test(message))
      return 'The file is not a valid XLSX workbook.';
    return message.slice(0, 500);
  }

  /** A concurrent create may take a key between our check and our insert: check again. */
  private async processBatch(
    auth: AuthContext,
    job: ImportJob,
    rows: PreparedRow[],
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeBatch(auth, job, rows);
        return;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === 3) throw error;
      }
    }
  }

  private async writeBatch(auth: AuthContext, job: ImportJob, rows: PreparedRow[]): Promise<void> {
    const decisions = await this.decide(job, rows);
    const creates = decisions.filter((decision) => decision.action === 'create');
    const updates = decisions.filter((decision) => decision.action === 'update');
    const counts: BatchCounts = {
      created: creates.length,
      updated: 0,
      skipped: decisions.filter((decision) => decision.action === 'skip').length,
      failed: decisions.filter((decision) => decision.action === 'fail').length,
    };
    const ownership = await this.owners.resolveOwner(auth);
    const dealerOrgId = auth.principal.roles.includes('channel_partner')
      ? auth.principal.dealerOrgId
      : null;
    const allowed = auth.ability.can(
      'create',
      asSubject('Customer', { ...ownership, dealerOrgId }),
    );
    const rules = await this.rules.current();
    const lastRow = rows[rows.length - 1].rowNumber - 1;

    await this.transactions.run(async (manager) => {
      if (creates.length > 0 && !allowed) {
        for (const decision of creates)
          Object.assign(decision, {
            action: 'fail',
            reason: 'You may not create customers for this owner.',
          });
        counts.failed += counts.created;
        counts.created = 0;
      } else if (creates.length > 0) {
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
          { ...ownership, dealerOrgId },
        );
      }
      if (updates.length > 0) await this.updateAll(manager, auth, job, updates, rules);
      counts.updated = updates.filter((decision) => decision.action === 'update').length;
      counts.failed = decisions.filter((decision) => decision.action === 'fail').length;
      await this.imports.insertErrors(
        manager,
        decisions
          .filter((decision) => decision.action === 'fail')
          .map((decision) => ({
            importId: job.id,
            rowNumber: decision.rowNumber,
            column: decision.column ?? null,
            reason: (decision.reason ?? 'invalid').slice(0, 500),
          })),
      );
      await this.imports.recordBatch(manager, job.id, lastRow, counts);
    });
  }

  /** Validates and normalizes a batch: pure work, done while the previous batch is written. */
  private prepare(job: ImportJob, rows: SheetRow[]): PreparedRow[] {
    const mapping = job.mapping ?? [];
    return rows.map((row) => {
      const cells: Partial<Record<CustomerImportField, string>> = {};
      mapping.forEach((field, column) => {
        if (field !== null && row.cells[column] !== undefined)
          cells[field as CustomerImportField] = row.cells[column];
      });
      const result = parseCustomerRow(cells);
      return {
        rowNumber: row.rowNumber,
        result,
        keys: result.customer ? keysOf(result.customer) : null,
      };
    });
  }

  /** Settles duplicates against the database and earlier rows. */
  private async decide(job: ImportJob, parsed: PreparedRow[]): Promise<Decision[]> {
    const rules = await this.rules.current();
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
    rules: Awaited<ReturnType<DuplicateRulesService['current']>>,
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
    await this.timeline.record(
      manager,
      auth,
      changes.map(({ customer, decision }) => ({
        subjectType: 'customer' as const,
        subjectId: customer.id,
        kind: 'imported' as const,
        summary: `${job.filename}, row ${decision.rowNumber} (updated)`,
        details: { importId: job.id, rowNumber: decision.rowNumber, updated: true },
      })),
    );
    await this.audit.recordMany(
      manager,
      auth,
      changes.map(({ customer, merged }) => ({
        entity: 'customer',
        entityId: customer.id,
        action: 'update' as const,
        before: { ...customer },
        after: { ...customer, ...merged },
        fields: Object.keys(merged),
      })),
    );
  }
}
