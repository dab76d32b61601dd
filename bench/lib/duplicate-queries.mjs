// The duplicate check's candidate queries as the API issues them (see
// apps/api/src/customers/duplicates/duplicate-candidates.repository.ts), for the plans.
export const KEYS_SQL = `SELECT k.customer_id AS "customerId", k.field, k.value, k.blocking
         FROM customer_keys k
        WHERE (k.field, k.value) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))
          AND k.customer_id IS DISTINCT FROM $3::uuid
        LIMIT $4`;

export const SIMILAR_NAME_SQL = `SELECT candidate.id, candidate.score
         FROM (SELECT set_config('pg_trgm.similarity_threshold', $4, true) AS threshold) setting
        CROSS JOIN LATERAL (
              SELECT id, similarity(name_key, $1) AS score
                FROM customers
               WHERE deleted_at IS NULL AND kind = 'company' AND name_key % $1
                 AND id IS DISTINCT FROM $2::uuid AND setting.threshold IS NOT NULL
               ORDER BY score DESC, id
               LIMIT $3) candidate`;

export const SIMILAR_ADDRESS_SQL = `SELECT candidate.id, candidate.score
         FROM (SELECT set_config('pg_trgm.word_similarity_threshold', $4, true) AS threshold,
                      customer_address_line_key($1) AS line) setting
        CROSS JOIN LATERAL (
              SELECT id, word_similarity(setting.line, customer_address_key(addresses)) AS score
                FROM customers
               WHERE deleted_at IS NULL AND setting.line <% customer_address_key(addresses)
                 AND id IS DISTINCT FROM $2::uuid AND setting.threshold IS NOT NULL
               ORDER BY score DESC, id
               LIMIT $3) candidate`;

/** Plans of the candidate queries for a sample customer's phone, name key and address. */
export async function duplicateCheckSql(client) {
  const [sample] = (
    await client.query(
      `SELECT c.name_key, k.value AS phone,
              concat_ws(' ', c.addresses->0->>'province', c.addresses->0->>'city', c.addresses->0->>'district', c.addresses->0->>'street') AS address
         FROM customers c JOIN customer_keys k ON k.customer_id = c.id AND k.field = 'phone'
        WHERE c.kind = 'company' AND c.name ~ '^[一-龥]' ORDER BY c.number DESC LIMIT 1`,
    )
  ).rows;
  return [
    [
      'duplicate check: exact keys',
      {
        text: KEYS_SQL,
        values: [['phone', 'email'], [sample.phone, 'nobody@example.com'], null, 50],
      },
    ],
    [
      'duplicate check: similar company names (trigram, threshold 0.6)',
      { text: SIMILAR_NAME_SQL, values: [sample.name_key, null, 10, '0.59'] },
    ],
    [
      'duplicate check: similar addresses (trigram word similarity, threshold 0.7)',
      { text: SIMILAR_ADDRESS_SQL, values: [sample.address, null, 10, '0.6'] },
    ],
  ];
}
