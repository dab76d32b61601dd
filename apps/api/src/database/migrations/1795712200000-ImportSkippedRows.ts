import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Skipped rows are kept with their reason beside the rejected ones. */
export class ImportSkippedRows1795712200000 implements MigrationInterface {
  name = 'ImportSkippedRows1795712200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "import_row_errors" ADD "outcome" character varying(10) NOT NULL DEFAULT 'failed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "import_row_errors" WHERE "outcome" <> 'failed'`);
    await queryRunner.query('ALTER TABLE "import_row_errors" DROP COLUMN "outcome"');
  }
}
