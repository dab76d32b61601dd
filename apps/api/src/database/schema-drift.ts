import type { DataSource } from 'typeorm';

/**
 * The SQL that would bring the database in line with the entities. Empty when the
 * migrations and the entities agree; the generator turns it into a new migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource) {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries, down: sql.downQueries };
}
