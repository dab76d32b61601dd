import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, teams, dealer orgs, API keys, sign-in sessions, audit log, idempotency, rate limits. */
export class Foundation1795685554173 implements MigrationInterface {
  name = 'Foundation1795685554173';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "name" character varying(120) NOT NULL, "prefix" character varying(24) NOT NULL, "key_hash" character varying(64) NOT NULL, "role" character varying(32) NOT NULL, "scopes" text array NOT NULL DEFAULT \'{}\', "team_id" uuid, "dealer_org_id" uuid, "created_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys" ("prefix") ');
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity" character varying(60) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(20) NOT NULL, "actor_type" character varying(10) NOT NULL, "actor_id" uuid, "changes" jsonb NOT NULL DEFAULT \'{}\', "request_id" character varying(100), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_created_at_idx" ON "audit_log" ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dealer_orgs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "name" character varying(200) NOT NULL, "contact_email" character varying(254), "phone" character varying(40), "region" character varying(120), CONSTRAINT "PK_645fb622a0f1813ea0681917c14" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "dealer_orgs_name_key" ON "dealer_orgs" ("name") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "name" character varying(120) NOT NULL, "description" text, CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "teams_name_key" ON "teams" ("name") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "roles" text array NOT NULL DEFAULT \'{}\', "locale" character varying(8) NOT NULL DEFAULT \'zh-CN\', "dealer_org_id" uuid, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "users_dealer_org_id_idx" ON "users" ("dealer_org_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "ip_address" character varying(64), "user_agent" character varying(400), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "rate_limit_buckets" ("key" character varying(300) NOT NULL, "hits" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9eb2f8a2ae370667b4ca83dd313" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "refresh_tokens_session_id_idx" ON "refresh_tokens" ("session_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_records" ("principal_id" character varying(100) NOT NULL, "key" character varying(255) NOT NULL, "request_hash" character varying(64) NOT NULL, "state" character varying(12) NOT NULL, "response_status" integer, "response_body" jsonb, "location" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_890bd19871113b0b23724d1bf26" PRIMARY KEY ("principal_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "user_teams" ("user_id" uuid NOT NULL, "team_id" uuid NOT NULL, CONSTRAINT "PK_73a4ff91e5f6ff3eae7356555ab" PRIMARY KEY ("user_id", "team_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ee838ec2b13ac600a162c20ce3" ON "user_teams" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_006715ef1e1b40852f379efe56" ON "user_teams" ("team_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_834065b59aa52d4326044573efc" FOREIGN KEY ("dealer_org_id") REFERENCES "dealer_orgs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_teams" ADD CONSTRAINT "FK_ee838ec2b13ac600a162c20ce33" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "user_teams" ADD CONSTRAINT "FK_006715ef1e1b40852f379efe567" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "user_teams" DROP CONSTRAINT "FK_006715ef1e1b40852f379efe567"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_teams" DROP CONSTRAINT "FK_ee838ec2b13ac600a162c20ce33"',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"',
    );
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_834065b59aa52d4326044573efc"');
    await queryRunner.query('DROP INDEX "public"."IDX_006715ef1e1b40852f379efe56"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee838ec2b13ac600a162c20ce3"');
    await queryRunner.query('DROP TABLE "user_teams"');
    await queryRunner.query('DROP TABLE "idempotency_records"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_session_id_idx"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP TABLE "rate_limit_buckets"');
    await queryRunner.query('DROP INDEX "public"."auth_sessions_user_id_idx"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP INDEX "public"."users_dealer_org_id_idx"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."teams_name_key"');
    await queryRunner.query('DROP TABLE "teams"');
    await queryRunner.query('DROP INDEX "public"."dealer_orgs_name_key"');
    await queryRunner.query('DROP TABLE "dealer_orgs"');
    await queryRunner.query('DROP INDEX "public"."audit_log_entity_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_actor_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_log_created_at_idx"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "public"."api_keys_prefix_key"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
