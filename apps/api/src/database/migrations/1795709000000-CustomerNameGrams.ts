import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer search's index for fragments too short for a trigram (one or two
 * characters, such as a two-character Chinese name): every one- and two-character
 * piece of the lower-cased name, in a GIN index. A search for `王伟` looks up the
 * names holding that piece and rechecks them with the same ILIKE as before, instead
 * of reading the whole table. Built from C functions only (no set-returning SQL), so
 * computing it costs an import little; duplicates in the array are dropped by GIN.
 */
export class CustomerNameGrams1795709000000 implements MigrationInterface {
  name = 'CustomerNameGrams1795709000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION customer_name_grams(name text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT array_remove(
          string_to_array(lower(name), NULL)
            || string_to_array(regexp_replace(lower(name), '(..)', E'\\\\1\\x01', 'g'), E'\\x01')
            || string_to_array(regexp_replace(substr(lower(name), 2), '(..)', E'\\\\1\\x01', 'g'), E'\\x01'),
          '')
      $$`);
    await queryRunner.query(
      'CREATE INDEX "customers_name_grams_idx" ON "customers" USING gin (customer_name_grams("name")) WHERE deleted_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "customers_name_grams_idx"');
    await queryRunner.query('DROP FUNCTION customer_name_grams(text)');
  }
}
