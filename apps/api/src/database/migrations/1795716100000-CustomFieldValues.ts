import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers and leads keep their custom field values in one jsonb object each, by key.
 * Indexes for filterable fields come with the fields, not here.
 */
export class CustomFieldValues1795716100000 implements MigrationInterface {
  name = 'CustomFieldValues1795716100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "customers" ADD "custom_fields" jsonb NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD "custom_fields" jsonb NOT NULL DEFAULT \'{}\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "leads" DROP COLUMN "custom_fields"');
    await queryRunner.query('ALTER TABLE "customers" DROP COLUMN "custom_fields"');
  }
}
