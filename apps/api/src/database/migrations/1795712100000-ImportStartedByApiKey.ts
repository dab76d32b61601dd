import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An import says whether a user or an API key started it: the worker acts as that one. */
export class ImportStartedByApiKey1795712100000 implements MigrationInterface {
  name = 'ImportStartedByApiKey1795712100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "imports" ADD "created_by_type" character varying(10) NOT NULL DEFAULT 'user'`,
    );
    // Imports an API key started before were never run: they are the keys' own now.
    await queryRunner.query(
      `UPDATE "imports" i SET "created_by_type" = 'apiKey' FROM "api_keys" k WHERE k."id" = i."created_by_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" DROP COLUMN "created_by_type"');
  }
}
