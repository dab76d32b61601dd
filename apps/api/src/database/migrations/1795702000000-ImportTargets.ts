import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An import names its target (customers or leads) instead of a fixed entity. */
export class ImportTargets1795702000000 implements MigrationInterface {
  name = 'ImportTargets1795702000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" RENAME COLUMN "entity" TO "target"');
    await queryRunner.query(
      `UPDATE "imports" SET "target" = 'customers' WHERE "target" = 'customer'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "imports" WHERE "target" <> 'customers'`);
    await queryRunner.query(`UPDATE "imports" SET "target" = 'customer'`);
    await queryRunner.query('ALTER TABLE "imports" RENAME COLUMN "target" TO "entity"');
  }
}
