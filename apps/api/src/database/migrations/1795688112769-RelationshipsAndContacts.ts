import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relationship types (with the built-in parent, holding, employment and family types,
 * whose ids are fixed so integrations can name them), relationships between
 * customers, and contacts (people at a company).
 */
export class RelationshipsAndContacts1795688112769 implements MigrationInterface {
  name = 'RelationshipsAndContacts1795688112769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "company_id" uuid NOT NULL, "person_id" uuid NOT NULL, "title" character varying(120), "department" character varying(120), "is_primary" boolean NOT NULL DEFAULT false, "notes" text, "created_by_id" uuid, CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "contacts_person_idx" ON "contacts" ("person_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "contacts_company_idx" ON "contacts" ("company_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "contacts_primary_key" ON "contacts" ("company_id") WHERE deleted_at IS NULL AND is_primary',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "contacts_company_person_key" ON "contacts" ("company_id", "person_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "relationship_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "key" character varying(60) NOT NULL, "name_zh" character varying(60) NOT NULL, "name_en" character varying(60) NOT NULL, "inverse_name_zh" character varying(60) NOT NULL, "inverse_name_en" character varying(60) NOT NULL, "from_kind" character varying(10) NOT NULL, "to_kind" character varying(10) NOT NULL, "symmetric" boolean NOT NULL DEFAULT false, "has_percentage" boolean NOT NULL DEFAULT false, "has_title" boolean NOT NULL DEFAULT false, "has_period" boolean NOT NULL DEFAULT false, "built_in" boolean NOT NULL DEFAULT false, CONSTRAINT "relationship_types_kinds_check" CHECK ("from_kind" IN (\'company\', \'person\', \'any\') AND "to_kind" IN (\'company\', \'person\', \'any\')), CONSTRAINT "PK_ea5ddbd350c8380485eefee276e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "relationship_types_key_key" ON "relationship_types" ("key") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "relationships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "from_id" uuid NOT NULL, "to_id" uuid NOT NULL, "type_id" uuid NOT NULL, "percentage" numeric(5,2), "title" character varying(120), "starts_on" date, "ends_on" date, "note" text, "created_by_id" uuid, CONSTRAINT "relationships_period_check" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "relationships_percentage_check" CHECK ("percentage" >= 0 AND "percentage" <= 100), CONSTRAINT "relationships_not_self_check" CHECK ("from_id" <> "to_id"), CONSTRAINT "PK_ba20e2f5cf487408e08e4dcecaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "relationships_to_idx" ON "relationships" ("to_id", "type_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "relationships_from_idx" ON "relationships" ("from_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "relationships_edge_key" ON "relationships" ("type_id", "from_id", "to_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f" FOREIGN KEY ("company_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "FK_350d2c30ea7bccd6736b2817351" FOREIGN KEY ("person_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "relationships" ADD CONSTRAINT "FK_9af4194bab1250b1c584ae4f1d7" FOREIGN KEY ("from_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "relationships" ADD CONSTRAINT "FK_9c7f6b98a9843b76dce1b0c878b" FOREIGN KEY ("to_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "relationships" ADD CONSTRAINT "FK_f69ccf7a54bfec1257052348bb3" FOREIGN KEY ("type_id") REFERENCES "relationship_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO "relationship_types"
         ("id", "key", "name_zh", "name_en", "inverse_name_zh", "inverse_name_en",
          "from_kind", "to_kind", "symmetric", "has_percentage", "has_title", "has_period", "built_in")
       VALUES
         ('5e1a7e00-0000-4000-8000-000000000001', 'parent', '母公司', 'Parent company', '子公司', 'Subsidiary',
          'company', 'company', false, false, false, false, true),
         ('5e1a7e00-0000-4000-8000-000000000002', 'holding', '控股', 'Holds shares in', '被控股', 'Shares held by',
          'any', 'company', false, true, false, false, true),
         ('5e1a7e00-0000-4000-8000-000000000003', 'employment', '任职于', 'Works at', '雇员', 'Employee',
          'person', 'company', false, false, true, true, true),
         ('5e1a7e00-0000-4000-8000-000000000004', 'family', '家庭成员', 'Family member', '家庭成员', 'Family member',
          'person', 'person', true, false, false, false, true)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "relationships" DROP CONSTRAINT "FK_f69ccf7a54bfec1257052348bb3"',
    );
    await queryRunner.query(
      'ALTER TABLE "relationships" DROP CONSTRAINT "FK_9c7f6b98a9843b76dce1b0c878b"',
    );
    await queryRunner.query(
      'ALTER TABLE "relationships" DROP CONSTRAINT "FK_9af4194bab1250b1c584ae4f1d7"',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" DROP CONSTRAINT "FK_350d2c30ea7bccd6736b2817351"',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" DROP CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f"',
    );
    await queryRunner.query('DROP INDEX "public"."relationships_edge_key"');
    await queryRunner.query('DROP INDEX "public"."relationships_from_idx"');
    await queryRunner.query('DROP INDEX "public"."relationships_to_idx"');
    await queryRunner.query('DROP TABLE "relationships"');
    await queryRunner.query('DROP INDEX "public"."relationship_types_key_key"');
    await queryRunner.query('DROP TABLE "relationship_types"');
    await queryRunner.query('DROP INDEX "public"."contacts_company_person_key"');
    await queryRunner.query('DROP INDEX "public"."contacts_primary_key"');
    await queryRunner.query('DROP INDEX "public"."contacts_company_idx"');
    await queryRunner.query('DROP INDEX "public"."contacts_person_idx"');
    await queryRunner.query('DROP TABLE "contacts"');
  }
}
