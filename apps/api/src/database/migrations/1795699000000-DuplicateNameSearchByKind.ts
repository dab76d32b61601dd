import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duplicate check compares names only within a kind, so its trigram index is split
 * by kind: a company name no longer walks the posting lists of a million person names.
 */
export class DuplicateNameSearchByKind1795699000000 implements MigrationInterface {
  name = 'DuplicateNameSearchByKind1795699000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "customers_company_name_key_trgm_idx" ON "customers" USING gin ("name_key" gin_trgm_ops) WHERE deleted_at IS NULL AND kind = 'company'`,
    );
    await queryRunner.query(
      `CREATE INDEX "customers_person_name_key_trgm_idx" ON "customers" USING gin ("name_key" gin_trgm_ops) WHERE deleted_at IS NULL AND kind = 'person'`,
    );
    await queryRunner.query('DROP INDEX "customers_name_key_trgm_idx"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "customers_name_key_trgm_idx" ON "customers" USING gin ("name_key" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await queryRunner.query('DROP INDEX "customers_person_name_key_trgm_idx"');
    await queryRunner.query('DROP INDEX "customers_company_name_key_trgm_idx"');
  }
}
