import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { CustomFieldRecordType, CustomFieldType } from '@kehu/domain';
import {
  customFieldIndexName,
  customFieldIndexSql,
  type CustomFieldTable,
} from './custom-field-filters';
import {
  CustomFieldIndexesRepository,
  type IndexedFieldState as FieldState,
} from './custom-field-indexes.repository';
import { CUSTOM_FIELD_VALUE_TABLES } from './custom-field-values.repository';

/** Waits before retrying a failed build: the n-th retry waits the n-th (then the last). */
const RETRY_DELAYS_MS = [2_000, 10_000, 60_000, 300_000];
const MAX_ATTEMPTS = 6;

/** Marks what an index was built for, so a type change (or a new form of index) rebuilds it. */
const comment = (type: CustomFieldType) => `custom field index v2 (${type})`;

/**
 * The expression indexes of custom fields flagged filterable or sortable (see
 * custom-field-filters.ts for their expressions): built when a field is flagged, created
 * or restored, rebuilt when its type changes, dropped when both flags go or the field is
 * deleted. The statements run CONCURRENTLY, outside any transaction, one at a time (across
 * API processes too), after the definition's change committed: a build never holds up
 * writes to the records nor loses the definition. A failed build is logged and retried; one left INVALID by an
 * interrupted concurrent build is dropped and built again. A new index is analysed at
 * once: its statistics are what the planner weighs the field's filters by. On start every
 * field's index is checked against its definition, so a build that never ran runs then.
 */
@Injectable()
export class CustomFieldIndexes implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CustomFieldIndexes.name);
  private queue: Promise<void> = Promise.resolve();
  private readonly retries = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly catalogue: CustomFieldIndexesRepository) {}

  onApplicationBootstrap(): void {
    this.enqueue('reconcile', () => this.catalogue.exclusively(() => this.reconcile()), 1);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    await this.queue;
  }

  /** Brings a field's index in line with its definition as stored now (in the background). */
  sync(recordType: CustomFieldRecordType, key: string): void {
    this.enqueue(
      `${recordType}.${key}`,
      () => this.catalogue.exclusively(() => this.syncNow(recordType, key)),
      1,
    );
  }

  /** Resolves once every index change asked for so far has run (tests, the bench). */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(what: string, work: () => Promise<void>, attempt: number): void {
    if (this.stopped) return;
    this.queue = this.queue.then(async () => {
      if (this.stopped) return;
      try {
        await work();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= MAX_ATTEMPTS) {
          this.logger.error(`custom field index of ${what} failed ${attempt} times: ${message}`);
          return;
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)];
        this.logger.warn(
          `custom field index of ${what} failed (${message}); retrying in ${delay / 1000} s`,
        );
        const timer = setTimeout(() => {
          this.retries.delete(timer);
          this.enqueue(what, work, attempt + 1);
        }, delay);
        timer.unref();
        this.retries.add(timer);
      }
    });
  }

  private async syncNow(recordType: CustomFieldRecordType, key: string): Promise<void> {
    const table: CustomFieldTable | undefined = CUSTOM_FIELD_VALUE_TABLES[recordType];
    if (table === undefined) return;
    const [field] = await this.catalogue.fields({ recordType, key });
    if (field && wantsIndex(field)) await this.ensure(table, field);
    else await this.drop(customFieldIndexName(table, key));
  }

  /** Every field's index as its definition wants it, and no index of a field that has none. */
  private async reconcile(): Promise<void> {
    const fields = await this.catalogue.fields();
    for (const [recordType, table] of Object.entries(CUSTOM_FIELD_VALUE_TABLES)) {
      const wanted = fields.filter((field) => field.recordType === recordType && wantsIndex(field));
      for (const field of wanted) await this.ensure(table, field);
      const names = new Set(wanted.map((field) => customFieldIndexName(table, field.key)));
      const existing = await this.catalogue.indexNames(table, `${table}_cf_`);
      for (const name of existing)
        if (name.endsWith('_idx') && !names.has(name)) await this.drop(name);
    }
  }

  private async ensure(table: CustomFieldTable, field: FieldState): Promise<void> {
    const name = customFieldIndexName(table, field.key);
    const current = await this.catalogue.index(name);
    if (current && current.valid && current.note === comment(field.type)) return;
    if (current) {
      this.logger.log(`rebuilding ${name} (${current.valid ? 'type changed' : 'left invalid'})`);
      await this.drop(name);
    }
    await this.catalogue.execute(customFieldIndexSql(table, field));
    // The name is ours and the type one of the domain's: both are constants of the code.
    await this.catalogue.execute(`COMMENT ON INDEX "${name}" IS '${comment(field.type)}'`);
    // The planner weighs a filter on the field by the index's statistics: gather them now
    // rather than at the next autovacuum.
    await this.catalogue.execute(`ANALYZE ${table}`);
  }

  private async drop(name: string): Promise<void> {
    await this.catalogue.execute(`DROP INDEX CONCURRENTLY IF EXISTS "${name}"`);
  }
}

function wantsIndex(field: FieldState): boolean {
  return !field.deleted && (field.filterable || field.sortable);
}
