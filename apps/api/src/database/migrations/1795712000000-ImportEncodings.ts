import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A CSV import remembers the text encoding it is read in (UTF-8, GB18030, Big5, …). */
export class ImportEncodings1795712000000 implements MigrationInterface {
  name = 'ImportEncodings1795712000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" ADD "encoding" character varying(12)');
    // Imports made before were all read as UTF-8.
    await queryRunner.query(`UPDATE "imports" SET "encoding" = 'utf-8' WHERE "format" = 'csv'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" DROP COLUMN "encoding"');
  }
}
