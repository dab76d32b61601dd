import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customers with their duplicate keys, the shared timeline, and admin settings. */
export class Customers1795687407715 implements MigrationInterface {
  name = 'Customers1795687407715';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "number" BIGSERIAL NOT NULL, "kind" character varying(10) NOT NULL, "name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "tier" character varying(12) NOT NULL DEFAULT \'potential\', "roles" text array NOT NULL DEFAULT \'{customer}\', "source" character varying(40), "industry" character varying(80), "region" character varying(80), "phones" jsonb NOT NULL DEFAULT \'[]\', "emails" jsonb NOT NULL DEFAULT \'[]\', "addresses" jsonb NOT NULL DEFAULT \'[]\', "im_handles" jsonb NOT NULL DEFAULT \'[]\', "website" character varying(300), "tax_id" character varying(40), "founded_on" date, "company_size" character varying(20), "gender" character varying(10), "birth_date" date, "marital_status" character varying(20), "occupation" character varying(120), "annual_revenue" numeric(18,2), "credit_limit" numeric(18,2), "payment_terms" character varying(60), "bank_account" character varying(120), "receivable_balance" numeric(18,2) NOT NULL DEFAULT \'0\', "notes" text, "owner_id" uuid, "team_id" uuid, "dealer_org_id" uuid, "shared_with_team" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "merged_into_id" uuid, "last_interaction_at" TIMESTAMP(3) WITH TIME ZONE, "next_follow_up_on" date, CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_merged_into_idx" ON "customers" ("merged_into_id") WHERE merged_into_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_follow_up_idx" ON "customers" ("next_follow_up_on") WHERE deleted_at IS NULL AND next_follow_up_on IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_region_idx" ON "customers" ("region", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_industry_idx" ON "customers" ("industry", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_tier_idx" ON "customers" ("tier", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_dealer_org_idx" ON "customers" ("dealer_org_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_team_idx" ON "customers" ("team_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_owner_idx" ON "customers" ("owner_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_name_idx" ON "customers" ("name", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_updated_at_idx" ON "customers" ("updated_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_created_at_idx" ON "customers" ("created_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "customers_number_key" ON "customers" ("number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_keys" ("customer_id" uuid NOT NULL, "field" character varying(10) NOT NULL, "value" character varying(320) NOT NULL, "blocking" boolean NOT NULL, CONSTRAINT "PK_9940b26d779b57cda3fa5f348fb" PRIMARY KEY ("customer_id", "field", "value"))',
    );
    await queryRunner.query(
      'CREATE INDEX "customer_keys_lookup_idx" ON "customer_keys" ("field", "value") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "customer_keys_blocking_key" ON "customer_keys" ("field", "value") WHERE blocking',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" character varying(60) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "timeline_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_type" character varying(10) NOT NULL, "summary" character varying(500) NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7267f3a55a080185192d21cd5a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "timeline_events_subject_idx" ON "timeline_events" ("subject_type", "subject_id", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "FK_790797178a0a9643de8bbbc9605" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "FK_912ec2b2362da8413af8cf4c35b" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "FK_bd4b97af64e153525a26170a43b" FOREIGN KEY ("dealer_org_id") REFERENCES "dealer_orgs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_keys" ADD CONSTRAINT "FK_b4b78f03dabe43593de57ad8b64" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_name_trgm_idx" ON "customers" USING gin ("name" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_name_key_trgm_idx" ON "customers" USING gin ("name_key" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_roles_idx" ON "customers" USING gin ("roles") WHERE deleted_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "customers_roles_idx"');
    await queryRunner.query('DROP INDEX "customers_name_key_trgm_idx"');
    await queryRunner.query('DROP INDEX "customers_name_trgm_idx"');
    await queryRunner.query(
      'ALTER TABLE "customer_keys" DROP CONSTRAINT "FK_b4b78f03dabe43593de57ad8b64"',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" DROP CONSTRAINT "FK_bd4b97af64e153525a26170a43b"',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" DROP CONSTRAINT "FK_912ec2b2362da8413af8cf4c35b"',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" DROP CONSTRAINT "FK_790797178a0a9643de8bbbc9605"',
    );
    await queryRunner.query('DROP INDEX "public"."timeline_events_subject_idx"');
    await queryRunner.query('DROP TABLE "timeline_events"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP INDEX "public"."customer_keys_blocking_key"');
    await queryRunner.query('DROP INDEX "public"."customer_keys_lookup_idx"');
    await queryRunner.query('DROP TABLE "customer_keys"');
    await queryRunner.query('DROP INDEX "public"."customers_number_key"');
    await queryRunner.query('DROP INDEX "public"."customers_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_updated_at_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_name_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_team_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_dealer_org_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_tier_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_industry_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_region_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_follow_up_idx"');
    await queryRunner.query('DROP INDEX "public"."customers_merged_into_idx"');
    await queryRunner.query('DROP TABLE "customers"');
  }
}
