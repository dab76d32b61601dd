import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabaseServer } from '../database/database-server';
import { pendingSchemaChanges } from '../database/schema-drift';

/**
 * `npm run db:migration:generate -- <Name>`: runs the migrations on the configured
 * database, compares the result with the entities and writes the difference as a new
 * migration file for review.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name, e.g. AddCustomers');
  }
  const config = loadConfig();
  const server = await openDatabaseServer(config, (message) => console.log(message));
  const dataSource = new DataSource(dataSourceOptions(server.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: { query: string }) =>
      `    await queryRunner.query(${JSON.stringify(query.query)});`;
    const file = path.resolve(
      __dirname,
      '../../src/database/migrations',
      `${timestamp}-${name}.ts`,
    );
    fs.writeFileSync(
      file,
      [
        "import type { MigrationInterface, QueryRunner } from 'typeorm';",
        '',
        `export class ${name}${timestamp} implements MigrationInterface {`,
        `  name = '${name}${timestamp}';`,
        '',
        '  async up(queryRunner: QueryRunner): Promise<void> {',
        ...up.map(quote),
        '  }',
        '',
        '  async down(queryRunner: QueryRunner): Promise<void> {',
        ...[...down].reverse().map(quote),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
