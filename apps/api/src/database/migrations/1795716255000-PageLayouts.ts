import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal page layouts: a user's own arrangement of a page (panels, profile fields, list
 * columns), or a role's default for it. One per user and page, one per role and page.
 */
export class PageLayouts1795716255000 implements MigrationInterface {
  name = 'PageLayouts1795716255000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "page_layouts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "role" character varying(40), "page" character varying(40) NOT NULL, "panels" jsonb NOT NULL DEFAULT \'[]\', "profile_fields" jsonb, "columns" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "page_layouts_owner_check" CHECK (("user_id" IS NULL) <> ("role" IS NULL)), CONSTRAINT "PK_75360f592e7ba64dffd60a31eeb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "page_layouts_user_page_key" ON "page_layouts" ("user_id", "page") WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "page_layouts_role_page_key" ON "page_layouts" ("role", "page") WHERE role IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "page_layouts"');
  }
}
