import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification keeps the values its text is made of (`params`), so the console renders
 * its kind in the reader's language; rows written before keep only their stored title.
 */
export class NotificationParams1795715100000 implements MigrationInterface {
  name = 'NotificationParams1795715100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" ADD "params" jsonb');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "params"');
  }
}
