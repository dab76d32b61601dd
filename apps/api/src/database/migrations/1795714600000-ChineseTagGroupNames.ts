import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The built-in tag groups as they were seeded bilingual, and their Chinese-only form. */
const GROUPS = [
  {
    key: 'geography',
    old: {
      name: '地域 Geography',
      description: '省份、城市、销售大区 · Provinces, cities, sales regions',
    },
    new: { name: '地域', description: '省份、城市、销售大区' },
  },
  {
    key: 'industry',
    old: { name: '行业 Industry', description: "所属行业 · The customer's industries" },
    new: { name: '行业', description: '所属行业' },
  },
  {
    key: 'purchase-history',
    old: {
      name: '购买记录 Purchase history',
      description: '首购、复购、产品线 · First order, repeat buyer, product lines',
    },
    new: { name: '购买记录', description: '首购、复购、产品线' },
  },
  {
    key: 'attribute',
    old: { name: '属性 Attribute', description: '重点客户、VIP、风险 · Key account, VIP, risk' },
    new: { name: '属性', description: '重点客户、VIP、风险' },
  },
] as const;

/**
 * The built-in tag groups were seeded with bilingual names and descriptions
 * ("属性 Attribute"); they are data an admin may rename, so they become Chinese only, like
 * the rest of the demo data. A name or description an admin has changed is left alone:
 * each one is updated only while it still has the seeded value.
 */
export class ChineseTagGroupNames1795714600000 implements MigrationInterface {
  name = 'ChineseTagGroupNames1795714600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const group of GROUPS) await rename(queryRunner, group.key, group.old, group.new);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const group of GROUPS) await rename(queryRunner, group.key, group.new, group.old);
  }
}

async function rename(
  queryRunner: QueryRunner,
  key: string,
  from: { name: string; description: string },
  to: { name: string; description: string },
): Promise<void> {
  // Group names are unique among live groups: one an admin already named like the target
  // keeps its name, and the built-in group keeps the old one.
  await queryRunner.query(
    `UPDATE "tag_groups" SET "name" = $3, "version" = "version" + 1, "updated_at" = now()
      WHERE "key" = $1 AND "built_in" AND "name" = $2
        AND NOT EXISTS (
          SELECT 1 FROM "tag_groups" "other" WHERE "other"."name" = $3 AND "other"."deleted_at" IS NULL
        )`,
    [key, from.name, to.name],
  );
  await queryRunner.query(
    `UPDATE "tag_groups" SET "description" = $3, "version" = "version" + 1, "updated_at" = now()
      WHERE "key" = $1 AND "built_in" AND "description" = $2`,
    [key, from.description, to.description],
  );
}
