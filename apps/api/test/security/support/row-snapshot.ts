import { DataSource } from 'typeorm';
import type { TestApp } from '../../support/test-app';

/** Tables whose rows the security suites compare before and after a refused call. */
export const SNAPSHOT_TABLES = [
  'customers',
  'contacts',
  'relationships',
  'segments',
  'teams',
  'users',
  'dealer_orgs',
  'api_keys',
  'tags',
  'tag_groups',
  'relationship_types',
  'imports',
  'leads',
  'notifications',
  'tasks',
  'web_forms',
  'custom_field_definitions',
] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/**
 * Columns only background jobs write (a reminder firing after an earlier, accepted call
 * set a due time in the past): they may change at any moment, so they are not compared.
 */
const JOB_WRITTEN_COLUMNS: Partial<Record<SnapshotTable, string>> = {
  leads: 'follow_up_reminded_at',
  tasks: 'reminded_at',
};

/**
 * A record as the database holds it (deleted or not), with everything hanging off it:
 * audit entries, timeline events, contacts, relationships, tags and segment members.
 * A refused call must leave all of it as it was.
 */
export async function rowSnapshot(t: TestApp, table: SnapshotTable, id: string): Promise<unknown> {
  const [snapshot] = await t.app.get(DataSource).query<unknown[]>(
    `SELECT (SELECT to_jsonb(r) - $2::text FROM ${table} r WHERE r.id = $1) AS row,
            (SELECT count(*) FROM audit_log WHERE entity_id = $1) AS audits,
            (SELECT count(*) FROM timeline_events WHERE subject_id = $1) AS events,
            (SELECT count(*) FROM contacts WHERE company_id = $1 OR person_id = $1) AS contacts,
            (SELECT count(*) FROM relationships WHERE from_id = $1 OR to_id = $1) AS relationships,
            (SELECT count(*) FROM customer_tags WHERE customer_id = $1 OR tag_id = $1) AS tags,
            (SELECT count(*) FROM segment_members WHERE segment_id = $1 OR customer_id = $1)
              AS members`,
    [id, JOB_WRITTEN_COLUMNS[table] ?? ''],
  );
  return snapshot;
}

/** How many audit entries this user or key has written: a refused call adds none. */
export async function auditEntriesBy(t: TestApp, actorId: string): Promise<number> {
  const [row] = await t.app
    .get(DataSource)
    .query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM audit_log WHERE actor_id = $1',
      [actorId],
    );
  return row.count;
}
