import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { Contact } from '../contacts/entities/contact.entity';
import { CustomerKey } from '../customers/entities/customer-key.entity';
import { Customer } from '../customers/entities/customer.entity';
import { Relationship } from '../relationships/entities/relationship.entity';
import { CustomerTag } from '../tags/entities/customer-tag.entity';
import { Tag } from '../tags/entities/tag.entity';
import { TimelineEvent } from '../timeline/entities/timeline-event.entity';

/** A row to insert: entity properties, ids included (the demo makes its own). */
export type DemoRow<Entity> = { [Property in keyof Entity]?: Entity[Property] | null };

/**
 * Set-based writes of the whole demo: each table gets one statement whose rows travel
 * as a single JSON parameter and are unpacked by PostgreSQL (jsonb_to_recordset), so
 * thousands of rows cost milliseconds instead of TypeORM's per-value work.
 */
@Injectable()
export class DemoDataRepository {
  /** Ids of the live tag groups by key (the built-in ones come with the migration). */
  async tagGroupIds(manager: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; key: string }> = await manager.query(
      'SELECT id, key FROM tag_groups WHERE deleted_at IS NULL',
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  /** Ids of the live relationship types by key. */
  async relationshipTypeIds(manager: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; key: string }> = await manager.query(
      'SELECT id, key FROM relationship_types WHERE deleted_at IS NULL',
    );
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  insertCustomers(manager: EntityManager, rows: DemoRow<Customer>[]): Promise<void> {
    return insertRows(manager, Customer, rows);
  }

  insertCustomerKeys(manager: EntityManager, rows: DemoRow<CustomerKey>[]): Promise<void> {
    return insertRows(manager, CustomerKey, rows);
  }

  insertTags(manager: EntityManager, rows: DemoRow<Tag>[]): Promise<void> {
    return insertRows(manager, Tag, rows);
  }

  tagCustomers(manager: EntityManager, rows: DemoRow<CustomerTag>[]): Promise<void> {
    return insertRows(manager, CustomerTag, rows);
  }

  insertContacts(manager: EntityManager, rows: DemoRow<Contact>[]): Promise<void> {
    return insertRows(manager, Contact, rows);
  }

  insertRelationships(manager: EntityManager, rows: DemoRow<Relationship>[]): Promise<void> {
    return insertRows(manager, Relationship, rows);
  }

  insertTimelineEvents(manager: EntityManager, rows: DemoRow<TimelineEvent>[]): Promise<void> {
    return insertRows(manager, TimelineEvent, rows);
  }
}

/**
 * Inserts the rows in one statement. The columns are those the first row gives,
 * named and typed from the entity's metadata; columns left out take their defaults.
 */
async function insertRows<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => Entity,
  rows: DemoRow<Entity>[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const given = new Set(Object.keys(rows[0]));
  const columns = metadata.columns.filter((column) => given.has(column.propertyName));
  const quoted = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const types = columns
    .map((column) => `"${column.databaseName}" ${String(column.type)}${column.isArray ? '[]' : ''}`)
    .join(', ');
  const records = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.databaseName, row[column.propertyName]])),
  );
  await manager.query(
    `INSERT INTO "${metadata.tableName}" (${quoted}) SELECT ${quoted} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`,
    [JSON.stringify(records)],
  );
}
