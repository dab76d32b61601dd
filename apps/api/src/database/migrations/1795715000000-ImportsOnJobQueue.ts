import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports run as jobs of the durable job queue: their own queue's index and the worker's
 * heartbeat (a stale one meant a dead worker) are no longer used.
 */
export class ImportsOnJobQueue1795715000000 implements MigrationInterface {
  name = 'ImportsOnJobQueue1795715000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."imports_queue_idx"');
    await queryRunner.query('ALTER TABLE "imports" DROP COLUMN "heartbeat_at"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" ADD "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE');
    // A running import is taken over by the old queue once its heartbeat is stale.
    await queryRunner.query(
      `UPDATE "imports" SET "heartbeat_at" = now() - interval '1 day' WHERE "status" = 'running'`,
    );
    await queryRunner.query(
      'CREATE INDEX "imports_queue_idx" ON "imports" ("status", "created_at") ',
    );
  }
}
