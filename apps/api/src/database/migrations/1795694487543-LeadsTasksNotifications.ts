import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadsTasksNotifications1795694487543 implements MigrationInterface {
  name = 'LeadsTasksNotifications1795694487543';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "lead_assignment_cursors" ("rule_id" uuid NOT NULL, "last_user_id" uuid, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca8c1fed73735ba923bcf812718" PRIMARY KEY ("rule_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "leads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "number" BIGSERIAL NOT NULL, "name" character varying(200) NOT NULL, "company" character varying(200), "title" character varying(120), "phones" jsonb NOT NULL DEFAULT \'[]\', "emails" jsonb NOT NULL DEFAULT \'[]\', "region" character varying(80), "product_interest" character varying(120), "source" character varying(20) NOT NULL, "campaign" character varying(120), "status" character varying(20) NOT NULL DEFAULT \'new\', "disqualified_reason" character varying(500), "next_follow_up_at" TIMESTAMP(3) WITH TIME ZONE, "follow_up_reminded_at" TIMESTAMP(3) WITH TIME ZONE, "score" integer NOT NULL DEFAULT \'0\', "last_activity_at" TIMESTAMP(3) WITH TIME ZONE, "notes" text, "owner_id" uuid, "team_id" uuid, "dealer_org_id" uuid, "shared_with_team" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "web_form_id" uuid, "converted_customer_id" uuid, "converted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_cd102ed7a9a4ca7d4d8bfeba406" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_follow_up_idx" ON "leads" ("next_follow_up_at") WHERE deleted_at IS NULL AND next_follow_up_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_status_idx" ON "leads" ("status", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_dealer_org_idx" ON "leads" ("dealer_org_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_team_idx" ON "leads" ("team_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_owner_idx" ON "leads" ("owner_id", "status") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_updated_at_idx" ON "leads" ("updated_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_created_at_idx" ON "leads" ("created_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "leads_number_key" ON "leads" ("number") ');
    await queryRunner.query(
      'CREATE INDEX "leads_name_trgm_idx" ON "leads" USING gin ("name" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_company_trgm_idx" ON "leads" USING gin ("company" gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT \'\', "subject_type" character varying(20), "subject_id" uuid, "read_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_unread_idx" ON "notifications" ("user_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "title" character varying(200) NOT NULL, "description" text, "customer_id" uuid, "lead_id" uuid, "assignee_id" uuid, "due_at" TIMESTAMP(3) WITH TIME ZONE, "priority" character varying(10) NOT NULL DEFAULT \'normal\', "status" character varying(12) NOT NULL DEFAULT \'open\', "reminder_at" TIMESTAMP(3) WITH TIME ZONE, "reminded_at" TIMESTAMP(3) WITH TIME ZONE, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "tasks_one_parent" CHECK (num_nonnulls(customer_id, lead_id) = 1), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tasks_lead_idx" ON "tasks" ("lead_id") WHERE deleted_at IS NULL AND lead_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "tasks_customer_idx" ON "tasks" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "tasks_assignee_due_idx" ON "tasks" ("assignee_id", "due_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "tasks_created_at_idx" ON "tasks" ("created_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "web_forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "name" character varying(120) NOT NULL, "public_key" character varying(40) NOT NULL, "allowed_origins" text array NOT NULL DEFAULT \'{}\', "field_mapping" jsonb NOT NULL DEFAULT \'{}\', "honeypot_field" character varying(40) NOT NULL DEFAULT \'website\', "campaign" character varying(120), "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_34275afb2fc590669f4fdc978eb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "web_forms_created_at_idx" ON "web_forms" ("created_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "web_forms_public_key_key" ON "web_forms" ("public_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_4e1b2fdccce9cf66bcd9c6d2492" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_eb6d04405c71028eb189a2e43e5" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_73322dad5740c46b5b6c20cb174" FOREIGN KEY ("dealer_org_id") REFERENCES "dealer_orgs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_855d484825b715c545349212c7f" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_855d484825b715c545349212c7f"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_73322dad5740c46b5b6c20cb174"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_eb6d04405c71028eb189a2e43e5"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_4e1b2fdccce9cf66bcd9c6d2492"');
    await queryRunner.query('DROP INDEX "public"."web_forms_public_key_key"');
    await queryRunner.query('DROP INDEX "public"."web_forms_created_at_idx"');
    await queryRunner.query('DROP TABLE "web_forms"');
    await queryRunner.query('DROP INDEX "public"."tasks_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."tasks_assignee_due_idx"');
    await queryRunner.query('DROP INDEX "public"."tasks_customer_idx"');
    await queryRunner.query('DROP INDEX "public"."tasks_lead_idx"');
    await queryRunner.query('DROP TABLE "tasks"');
    await queryRunner.query('DROP INDEX "public"."notifications_user_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_unread_idx"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP INDEX "leads_company_trgm_idx"');
    await queryRunner.query('DROP INDEX "leads_name_trgm_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_number_key"');
    await queryRunner.query('DROP INDEX "public"."leads_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_updated_at_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_team_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_dealer_org_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_status_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_follow_up_idx"');
    await queryRunner.query('DROP TABLE "leads"');
    await queryRunner.query('DROP TABLE "lead_assignment_cursors"');
  }
}
