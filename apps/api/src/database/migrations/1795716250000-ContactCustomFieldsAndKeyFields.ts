import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts keep their custom field values in a jsonb object by key, as customers and
 * leads do. Duplicate keys name custom fields too (`cf.<key>`, up to 63 characters), so
 * their field column widens (a varchar widening rewrites neither the table nor its
 * indexes).
 */
export class ContactCustomFieldsAndKeyFields1795716250000 implements MigrationInterface {
  name = 'ContactCustomFieldsAndKeyFields1795716250000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD "custom_fields" jsonb NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_keys" ALTER COLUMN "field" TYPE character varying(64)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "customer_keys" WHERE "field" LIKE \'cf.%\'');
    await queryRunner.query(
      'ALTER TABLE "customer_keys" ALTER COLUMN "field" TYPE character varying(10)',
    );
    await queryRunner.query('ALTER TABLE "contacts" DROP COLUMN "custom_fields"');
  }
}
