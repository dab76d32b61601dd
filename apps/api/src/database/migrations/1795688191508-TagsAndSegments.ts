import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tag groups (with the four built-in ones), tags on customers, and saved customer segments. */
export class TagsAndSegments1795688191508 implements MigrationInterface {
  name = 'TagsAndSegments1795688191508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "segments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "name" character varying(120) NOT NULL, "description" text, "kind" character varying(10) NOT NULL, "filter" jsonb, "owner_id" uuid NOT NULL, CONSTRAINT "PK_beff1eec19679fe8ad4f291f04e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "segments_created_at_idx" ON "segments" ("created_at", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "segments_name_idx" ON "segments" ("name", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "segments_owner_idx" ON "segments" ("owner_id", "created_at") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "segment_members" ("segment_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "added_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d91558ec61cae107244f715e06" PRIMARY KEY ("segment_id", "customer_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "segment_members_customer_idx" ON "segment_members" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tag_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "key" character varying(60) NOT NULL, "name" character varying(120) NOT NULL, "description" text, "built_in" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_380edeb740a90629e7134709393" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tag_groups_name_key" ON "tag_groups" ("name") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tag_groups_key_key" ON "tag_groups" ("key") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "tags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "group_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "color" character varying(7), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tags_name_idx" ON "tags" ("name", "id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tags_group_name_key" ON "tags" ("group_id", "name") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_tags" ("customer_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "tagged_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_001706abc168c7f5553638aadf5" PRIMARY KEY ("customer_id", "tag_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "customer_tags_tag_idx" ON "customer_tags" ("tag_id", "customer_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "segment_members" ADD CONSTRAINT "FK_017c61b1015accf182fcc608928" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "segment_members" ADD CONSTRAINT "FK_ad3eb39aa2e7bbffdc4e2811e34" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tags" ADD CONSTRAINT "FK_8daed86216f3728d44a49f171bf" FOREIGN KEY ("group_id") REFERENCES "tag_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_tags" ADD CONSTRAINT "FK_40fefeebc64ed8fe22bc3c18a1c" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_tags" ADD CONSTRAINT "FK_489550d8317a3551c3b10a98f3c" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The built-in groups, with ids and keys that integrations may rely on.
    await queryRunner.query(
      `INSERT INTO "tag_groups" ("id", "key", "name", "description", "built_in") VALUES
        ('6d0c3a52-1c8e-4b8f-9a01-000000000001', 'geography', '地域 Geography', '省份、城市、销售大区 · Provinces, cities, sales regions', true),
        ('6d0c3a52-1c8e-4b8f-9a01-000000000002', 'industry', '行业 Industry', '所属行业 · The customer''s industries', true),
        ('6d0c3a52-1c8e-4b8f-9a01-000000000003', 'purchase-history', '购买记录 Purchase history', '首购、复购、产品线 · First order, repeat buyer, product lines', true),
        ('6d0c3a52-1c8e-4b8f-9a01-000000000004', 'attribute', '属性 Attribute', '重点客户、VIP、风险 · Key account, VIP, risk', true)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "customer_tags" DROP CONSTRAINT "FK_489550d8317a3551c3b10a98f3c"',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_tags" DROP CONSTRAINT "FK_40fefeebc64ed8fe22bc3c18a1c"',
    );
    await queryRunner.query('ALTER TABLE "tags" DROP CONSTRAINT "FK_8daed86216f3728d44a49f171bf"');
    await queryRunner.query(
      'ALTER TABLE "segment_members" DROP CONSTRAINT "FK_ad3eb39aa2e7bbffdc4e2811e34"',
    );
    await queryRunner.query(
      'ALTER TABLE "segment_members" DROP CONSTRAINT "FK_017c61b1015accf182fcc608928"',
    );
    await queryRunner.query('DROP INDEX "public"."customer_tags_tag_idx"');
    await queryRunner.query('DROP TABLE "customer_tags"');
    await queryRunner.query('DROP INDEX "public"."tags_group_name_key"');
    await queryRunner.query('DROP INDEX "public"."tags_name_idx"');
    await queryRunner.query('DROP TABLE "tags"');
    await queryRunner.query('DROP INDEX "public"."tag_groups_key_key"');
    await queryRunner.query('DROP INDEX "public"."tag_groups_name_key"');
    await queryRunner.query('DROP TABLE "tag_groups"');
    await queryRunner.query('DROP INDEX "public"."segment_members_customer_idx"');
    await queryRunner.query('DROP TABLE "segment_members"');
    await queryRunner.query('DROP INDEX "public"."segments_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."segments_name_idx"');
    await queryRunner.query('DROP INDEX "public"."segments_created_at_idx"');
    await queryRunner.query('DROP TABLE "segments"');
  }
}
