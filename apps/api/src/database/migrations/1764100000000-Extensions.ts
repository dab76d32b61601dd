import type { MigrationInterface, QueryRunner } from 'typeorm';

/** pg_trgm backs fuzzy duplicate search and fast ILIKE search on names. */
export class Extensions1764100000000 implements MigrationInterface {
  name = 'Extensions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
