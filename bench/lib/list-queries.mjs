// The customer list requests of the list bench, and the SQL the API issues for each of
// them (read from the API with pg_stat_activity; keep in step when the list query
// changes). The baseline server and the query-plan bench run exactly this SQL.

export const AUTH_SQL = `SELECT u.id AS "userId", u.roles, u.dealer_org_id AS "dealerOrgId", u.active,
              u.deleted_at IS NOT NULL AS deleted,
              s.revoked_at IS NOT NULL AS "sessionRevoked", s.expires_at <= now() AS "sessionExpired",
              ARRAY(SELECT ut.team_id::text FROM user_teams ut WHERE ut.user_id = u.id) AS "teamIds"
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2`;

export const TAGS_SQL = `SELECT "ct"."customer_id" AS "customerId", "t"."id" AS "id", "t"."name" AS "name", "t"."color" AS "color", "t"."group_id" AS "groupId"
  FROM "customer_tags" "ct" INNER JOIN "tags" "t" ON "t"."id" = "ct"."tag_id" AND "t"."deleted_at" IS NULL AND "t"."deleted_at" IS NULL
 WHERE "ct"."customer_id" = ANY($1::uuid[]) ORDER BY "t"."name" ASC, "t"."id" ASC`;

const SORTS = { createdAt: '"c"."created_at"', updatedAt: '"c"."updated_at"', name: '"c"."name"' };
const CUSTOMER_NUMBER = /^(?:c-?)?0*(\d{1,12})$/i;

function containsPattern(text) {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Customer number as the cursor encodes it: the API's opaque cursor, built for a row. */
export function cursorFor(sort, value, id) {
  return Buffer.from(JSON.stringify({ sort, value, id }), 'utf8').toString('base64url');
}

/**
 * The list query for one request's parameters, as the sales manager (team-restricted).
 * `phoneKey` is the normalized phone when `q` is one (the API normalizes it the same way).
 * Before a search the API probes how dense the matches of `q` are (`searchBreadth` below)
 * and, for a dense term (`breadth` 'many'), walks the list testing contacts row by row.
 */
export function listSql(params, teamIds, breadth = 'few') {
  const values = [teamIds];
  const where = ['"c"."team_id" = ANY($1::uuid[])'];
  const add = (value) => `$${values.push(value)}`;
  for (const [field, column] of [
    ['tier', 'tier'],
    ['industry', 'industry'],
    ['kind', 'kind'],
  ]) {
    if (params.get(field)) where.push(`"c"."${column}" = ${add(params.get(field))}`);
  }
  const q = params.get('q')?.trim();
  if (q) {
    const name = add(containsPattern(q));
    // A fragment too short for a trigram is looked up in customers_name_grams_idx. Its
    // parameter is added only when a condition uses it: a dense term is walked with the
    // ILIKE alone, and PostgreSQL refuses a parameter the statement does not use.
    const short = [...q].length < 3;
    let gram = null;
    const matches = (alias) => {
      if (!short) return `${alias}.name ILIKE ${name}`;
      gram ??= add(q);
      return `(customer_name_grams(${alias}.name) @> ARRAY[lower(${gram})] AND ${alias}.name ILIKE ${name})`;
    };
    const readablePerson = 'p.team_id = ANY($1::uuid[])';
    const many = breadth === 'many';
    const clauses = [many ? `c.name ILIKE ${name}` : matches('c')];
    const linked = [];
    if (many) {
      clauses.push(
        `EXISTS (SELECT 1 FROM contacts ct JOIN customers p ON p.id = ct.person_id WHERE ct.company_id = c.id AND ct.deleted_at IS NULL AND p.deleted_at IS NULL AND p.name ILIKE ${name} AND ${readablePerson} OFFSET 0)`,
      );
    } else {
      linked.push(
        `SELECT ct.company_id FROM customers p JOIN contacts ct ON ct.person_id = p.id AND ct.deleted_at IS NULL WHERE p.deleted_at IS NULL AND ${matches('p')} AND ${readablePerson}`,
      );
    }
    const number = CUSTOMER_NUMBER.exec(q);
    if (number) clauses.push(`"c"."number" = ${add(number[1])}`);
    if (/^\d{11}$/.test(q)) {
      linked.push(
        `SELECT k.customer_id FROM customer_keys k WHERE k.field = 'phone' AND k.value = ${add(`+86${q}`)}`,
      );
    }
    if (linked.length) clauses.push(`"c"."id" = ANY(ARRAY(${linked.join(' UNION ALL ')}))`);
    where.push(`(${clauses.join(' OR ')})`);
  }
  const sort = params.get('sort') ?? '-createdAt';
  const descending = sort.startsWith('-');
  const column = SORTS[descending ? sort.slice(1) : sort];
  const direction = descending ? 'DESC' : 'ASC';
  const cursor = params.get('cursor');
  if (cursor) {
    const after = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    where.push(
      `(${column}, "c"."id") ${descending ? '<' : '>'} (${add(after.value)}, ${add(after.id)})`,
    );
  }
  const limit = Number(params.get('limit') ?? 50);
  return {
    text: `SELECT "c".*, "owner"."id" AS "owner_id", "owner"."name" AS "owner_name", "team"."id" AS "team_id", "team"."name" AS "team_name"
  FROM "customers" "c"
  LEFT JOIN "users" "owner" ON "owner"."id"="c"."owner_id" AND ("owner"."deleted_at" IS NULL)
  LEFT JOIN "teams" "team" ON "team"."id"="c"."team_id" AND ("team"."deleted_at" IS NULL)
 WHERE ( ${where.join(' AND ')} ) AND ( "c"."deleted_at" IS NULL )
 ORDER BY ${column} ${direction}, "c"."id" ${direction} LIMIT ${limit + 1}`,
    values,
  };
}

/**
 * The API's probe before a search (apps/api/src/customers/customer-search.ts): the share
 * of matching names among the first 2,000 customers in the list's order, against 5/√N.
 */
export function searchBreadthSql(sort = '-createdAt') {
  const descending = sort.startsWith('-');
  const column = SORTS[descending ? sort.slice(1) : sort] ?? SORTS.createdAt;
  const direction = descending ? 'DESC' : 'ASC';
  return `SELECT count(*) FILTER (WHERE s.name ILIKE $1)::int AS matches, count(*)::int AS sampled,
            (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'customers'::regclass) AS total
       FROM (SELECT c.name FROM customers c WHERE c.deleted_at IS NULL
              ORDER BY ${column} ${direction}, c.id ${direction} LIMIT 2000) s`;
}

export async function searchBreadth(client, q, sort) {
  const [sample] = (await client.query(searchBreadthSql(sort), [containsPattern(q)])).rows;
  if (!sample?.matches) return 'few';
  const total = Math.max(Number(sample.total), sample.sampled);
  return sample.matches / sample.sampled >= 5 / Math.sqrt(total) ? 'many' : 'few';
}

/** The mix of list requests: filters, searches, sorts and deep keyset pages. */
export async function listRequests(client, teamId, depth) {
  const sample = async (sql) => (await client.query(sql, [teamId])).rows;
  const zhNames = await sample(
    `SELECT name FROM customers TABLESAMPLE SYSTEM (1) REPEATABLE (3) WHERE team_id = $1 AND kind = 'company' AND name ~ '^[一-龥]' LIMIT 20`,
  );
  const enNames = await sample(
    `SELECT name FROM customers TABLESAMPLE SYSTEM (1) REPEATABLE (4) WHERE team_id = $1 AND kind = 'company' AND name ~ '^[A-Z]' LIMIT 20`,
  );
  const phones = await sample(
    `SELECT phones->0->>'value' AS phone FROM customers TABLESAMPLE SYSTEM (1) REPEATABLE (5) WHERE team_id = $1 AND jsonb_array_length(phones) > 0 LIMIT 20`,
  );
  const [deep] = await sample(
    `SELECT created_at, id FROM customers WHERE team_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET ${depth} LIMIT 1`,
  );
  const deepCursor = cursorFor('-createdAt', deep.created_at.toISOString(), deep.id);
  const kinds = {
    'page 1 (newest first)': ['limit=50'],
    'filter tier': ['limit=50&tier=deal', 'limit=50&tier=loyal'],
    'filter industry': [
      `limit=50&industry=${encodeURIComponent('信息技术')}`,
      `limit=50&industry=${encodeURIComponent('批发零售')}&sort=name`,
    ],
    'search Chinese name': zhNames.map(
      (row) => `limit=50&q=${encodeURIComponent(row.name.slice(2, 6))}`,
    ),
    'search English name': enNames.map(
      (row) => `limit=50&q=${encodeURIComponent(row.name.split(' ')[0])}`,
    ),
    'search phone': phones.map((row) => `limit=50&q=${row.phone.replace(/\D/g, '').slice(-11)}`),
    'sort by name': ['limit=50&sort=name'],
    'sort by last update': ['limit=50&sort=-updatedAt'],
    [`page at depth ${depth.toLocaleString('en')}`]: [`limit=50&cursor=${deepCursor}`],
  };
  return kinds;
}

/**
 * What the bare-pool baselines need to answer as the sales manager does: the East team's
 * id and the manager's newest session (the API checks it on every request).
 */
export async function managerScope(client, managerId) {
  const teamId = (await client.query(`SELECT id FROM teams WHERE name = 'East'`)).rows[0].id;
  const sessionId = (
    await client.query(
      `SELECT id FROM auth_sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [managerId],
    )
  ).rows[0].id;
  return { teamId, sessionId };
}
