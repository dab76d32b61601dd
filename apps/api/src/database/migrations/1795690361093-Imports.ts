import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The import queue and the rejected rows of each import. */
export class Imports1795690361093 implements MigrationInterface {
  name = 'Imports1795690361093';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "entity" character varying(20) NOT NULL, "status" character varying(12) NOT NULL, "filename" character varying(255) NOT NULL, "format" character varying(5) NOT NULL, "file_path" character varying(500) NOT NULL, "size_bytes" bigint NOT NULL, "headers" jsonb NOT NULL DEFAULT \'[]\', "mapping" jsonb, "duplicate_mode" character varying(10), "total_rows" integer, "processed_rows" integer NOT NULL DEFAULT \'0\', "created_rows" integer NOT NULL DEFAULT \'0\', "updated_rows" integer NOT NULL DEFAULT \'0\', "skipped_rows" integer NOT NULL DEFAULT \'0\', "failed_rows" integer NOT NULL DEFAULT \'0\', "failure_reason" text, "created_by_id" uuid NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE, "finished_at" TIMESTAMP(3) WITH TIME ZONE, "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_ea10c62f5eb1d75e83d8b5225db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "imports_created_by_idx" ON "imports" ("created_by_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "imports_queue_idx" ON "imports" ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_row_errors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "import_id" uuid NOT NULL, "row_number" integer NOT NULL, "column" character varying(60), "reason" character varying(500) NOT NULL, CONSTRAINT "PK_8a45918af12a5335e72f357268d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "import_row_errors_import_idx" ON "import_row_errors" ("import_id", "row_number") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."import_row_errors_import_idx"');
    await queryRunner.query('DROP TABLE "import_row_errors"');
    await queryRunner.query('DROP INDEX "public"."imports_queue_idx"');
    await queryRunner.query('DROP INDEX "public"."imports_created_by_idx"');
    await queryRunner.query('DROP TABLE "imports"');
  }
}
