import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custom field definitions: the fields admins add to customers, contacts and leads (and
 * every later module's records). The key is unique per record type among deleted
 * definitions too, as a deleted field's values stay under its key until it is restored.
 */
export class CustomFieldDefinitions1795716000000 implements MigrationInterface {
  name = 'CustomFieldDefinitions1795716000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "custom_field_definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "record_type" character varying(40) NOT NULL, "applies_to" character varying(10) NOT NULL DEFAULT \'both\', "key" character varying(60) NOT NULL, "type" character varying(20) NOT NULL, "label_zh" character varying(120) NOT NULL, "label_en" character varying(120) NOT NULL, "help_text_zh" character varying(500), "help_text_en" character varying(500), "required" boolean NOT NULL DEFAULT false, "default_value" jsonb, "options" jsonb NOT NULL DEFAULT \'[]\', "min" double precision, "max" double precision, "hidden_from_roles" text array NOT NULL DEFAULT \'{}\', "read_only_for_roles" text array NOT NULL DEFAULT \'{}\', "filterable" boolean NOT NULL DEFAULT false, "sortable" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_91f4cf6416f7aeb02c217005cb2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "custom_field_definitions_key_key" ON "custom_field_definitions" ("record_type", "key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "custom_field_definitions_position_idx" ON "custom_field_definitions" ("record_type", "position", "id") WHERE deleted_at IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "custom_field_definitions"');
  }
}
