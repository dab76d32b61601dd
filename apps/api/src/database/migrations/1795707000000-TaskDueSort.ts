import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tasks sorted by due time, undated ones last, in keyset order. */
export class TaskDueSort1795707000000 implements MigrationInterface {
  name = 'TaskDueSort1795707000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "tasks_due_sort_idx" ON "tasks" ((COALESCE("due_at", CAST('infinity' AS timestamptz))), "id") WHERE "deleted_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "tasks_due_sort_idx"');
  }
}
