import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's language is their own choice: null until they make one (the console then
 * follows the browser). Every account so far got 'zh-CN' as a column default, which says
 * nothing about its user, so those become null. Password reset by mail keeps only a hash
 * of each single-use token.
 */
export class AccountSelfService1795713100000 implements MigrationInterface {
  name = 'AccountSelfService1795713100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "locale" DROP NOT NULL');
    await queryRunner.query(`UPDATE "users" SET "locale" = NULL WHERE "locale" = 'zh-CN'`);
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "user_id" uuid NOT NULL,
         "token_hash" character varying(64) NOT NULL,
         "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
         "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         "used_at" TIMESTAMP(3) WITH TIME ZONE,
         CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id"),
         CONSTRAINT "password_reset_tokens_user_id_fkey" FOREIGN KEY ("user_id")
           REFERENCES "users"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens" ("token_hash")',
    );
    await queryRunner.query(
      'CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens" ("user_id")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "password_reset_tokens"');
    await queryRunner.query(`UPDATE "users" SET "locale" = 'zh-CN' WHERE "locale" IS NULL`);
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "locale" SET NOT NULL');
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'zh-CN'`);
  }
}
