import type { DataSource } from 'typeorm';

/**
 * The custom field indexes the API builds and drops at run time as admins flag fields
 * (`<table>_cf_<key>_idx`, see custom-fields/custom-field-indexes.ts): no entity declares
 * them, and no migration may drop them.
 */
const RUNTIME_INDEX = /"[a-z][a-z0-9_]*_cf_[a-z0-9_]+_idx"/;

/**
 * The SQL that would bring the database in line with the entities. Empty when the
 * migrations and the entities agree; the generator turns it into a new migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource) {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const declared = (query: { query: string }) => !RUNTIME_INDEX.test(query.query);
  return { up: sql.upQueries.filter(declared), down: sql.downQueries.filter(declared) };
}
