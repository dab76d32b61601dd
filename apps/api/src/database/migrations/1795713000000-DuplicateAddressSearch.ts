import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duplicate check's address rule finds candidates by address alone: each address
 * line (province, city, district, street) folded (NFKC, lower case, without
 * punctuation or spaces), the first three addresses of a customer joined by a space,
 * in a trigram index. The search only gathers candidates; the domain's normalized
 * address keys decide whether one matches. Written without set-returning SQL so that
 * PostgreSQL inlines it into C functions, and an import pays little for it.
 */
export class DuplicateAddressSearch1795713000000 implements MigrationInterface {
  name = 'DuplicateAddressSearch1795713000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION customer_address_line_key(line text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT regexp_replace(lower(normalize(line, NFKC)), '[^[:alnum:]]+', '', 'g') $$`);
    // PostgreSQL 17 evaluates index expressions with only pg_catalog on the search
    // path, so the outer function names the inner one with its schema.
    const [{ schema }] = (await queryRunner.query(
      'SELECT quote_ident(current_schema()) AS schema',
    )) as Array<{ schema: string }>;
    const line = (i: number) =>
      `${schema}.customer_address_line_key(concat(${['province', 'city', 'district', 'street']
        .map((part) => `addresses->${i}->>'${part}'`)
        .join(', ')}))`;
    await queryRunner.query(`
      CREATE FUNCTION customer_address_key(addresses jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT trim(concat_ws(' ', ${[0, 1, 2].map(line).join(', ')})) $$`);
    await queryRunner.query(
      `CREATE INDEX "customers_address_key_trgm_idx" ON "customers" USING gin (customer_address_key("addresses") gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "customers_address_key_trgm_idx"');
    await queryRunner.query('DROP FUNCTION customer_address_key(jsonb)');
    await queryRunner.query('DROP FUNCTION customer_address_line_key(text)');
  }
}
