// Custom fields: N customers with 20 custom fields each (10 filterable), a list filtered on
// one custom field and sorted by another through the API at 8 connections, against the
// same SQL on a bare `pg` pool in the same run; the expression indexes the API builds when
// the fields are flagged; and an import of the same rows with and without the 20 columns.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { call } from '../lib/api-client.mjs';
import { API_BUILD, withDatabase } from '../lib/app-server.mjs';
import { csvLine } from '../lib/csv.mjs';
import { AUTH_SQL, managerScope, TAGS_SQL } from '../lib/list-queries.mjs';
import { ms, ratio, seconds, summarize } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);

const options = (prefix, count) =>
  Array.from({ length: count }, (_, i) => ({
    key: `${prefix}${i}`,
    label: { zh: `选项${i}`, en: `Option ${i}` },
  }));

/** The 20 fields: the first 10 filterable (some sortable too), the rest plain. */
export const BENCH_FIELDS = [
  { key: 'bench_region', type: 'single_select', filterable: true, options: options('r', 10) },
  { key: 'bench_stores', type: 'number', filterable: true, sortable: true },
  { key: 'bench_budget', type: 'currency', filterable: true, sortable: true },
  { key: 'bench_share', type: 'percent', filterable: true },
  { key: 'bench_signed_on', type: 'date', filterable: true, sortable: true },
  { key: 'bench_audited_at', type: 'datetime', filterable: true },
  { key: 'bench_vip', type: 'boolean', filterable: true },
  { key: 'bench_manager', type: 'user', filterable: true },
  { key: 'bench_channels', type: 'multi_select', filterable: true, options: options('c', 6) },
  { key: 'bench_code', type: 'text', filterable: true },
  ...['a', 'b', 'c', 'd', 'e'].map((s) => ({ key: `bench_note_${s}`, type: 'text' })),
  ...['a', 'b', 'c'].map((s) => ({ key: `bench_count_${s}`, type: 'number' })),
  ...['a', 'b'].map((s) => ({ key: `bench_day_${s}`, type: 'date' })),
];

/** The request measured: one filter, another field's sort, a page of 50. */
const FILTER_KEY = 'bench_region';
const SORT_KEY = 'bench_stores';

/**
 * Each field's value for a row, as SQL over an integer `h` (a hash of the row), in the
 * stored form; NULL (no value) for about one row in twenty.
 */
function valueSql(field, index, managerId) {
  const v = `((h >> ${index % 16}) # ${index * 7919})`;
  const mod = (m) => `abs(${v} % ${m})`;
  switch (field.type) {
    case 'single_select':
      return `'r' || ${mod(10)}`;
    case 'multi_select':
      return `jsonb_build_array('c' || ${mod(3)}, 'c' || (3 + ${mod(3)}))`;
    case 'number':
      return `CASE WHEN ${mod(20)} = 0 THEN NULL ELSE ${mod(1000)} END`;
    case 'currency':
      return `to_char(${mod(10_000_000)} / 100.0, 'FM99999990.00')`;
    case 'percent':
      return `${mod(1000)} / 10.0`;
    case 'date':
      return `to_char(date '2020-01-01' + ${mod(2000)}, 'YYYY-MM-DD')`;
    case 'datetime':
      return `to_char(timestamp '2024-01-01' + ${mod(40_000_000)} * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`;
    case 'boolean':
      return `${mod(4)} = 0`;
    case 'user':
      return `'${managerId}'`;
    default:
      return `'v' || ${mod(100_000)}`;
  }
}

function customFieldsSql(managerId) {
  const pairs = BENCH_FIELDS.map(
    (field, i) => `'${field.key}', ${valueSql(field, i + 1, managerId)}`,
  );
  return `jsonb_strip_nulls(jsonb_build_object(${pairs.join(', ')}))`;
}

/** One row's cells of the 20 columns in an import file (as a person would type them). */
function valueCells(i, managerEmail) {
  const pick = (n, salt) => Math.abs(((i * 2654435761) ^ (salt * 40503)) % n);
  return BENCH_FIELDS.map((field, f) => {
    switch (field.type) {
      case 'single_select':
        return `r${pick(10, f)}`;
      case 'multi_select':
        return `c${pick(3, f)},c${3 + pick(3, f + 1)}`;
      case 'number':
        return String(pick(1000, f));
      case 'currency':
        return (pick(10_000_000, f) / 100).toFixed(2);
      case 'percent':
        return String(pick(1000, f) / 10);
      case 'date':
        return new Date(Date.UTC(2020, 0, 1 + pick(2000, f))).toISOString().slice(0, 10);
      case 'datetime':
        return new Date(Date.UTC(2024, 0, 1) + pick(40_000_000, f) * 1000).toISOString();
      case 'boolean':
        return pick(4, f) === 0 ? 'true' : 'false';
      case 'user':
        return managerEmail;
      default:
        return `v${pick(100_000, f)}`;
    }
  });
}

/** The definitions, created (unflagged) where missing; returns them by key. */
async function defineFields(app, admin) {
  const existing = await call(
    app.baseUrl,
    admin.token,
    'GET',
    '/custom-fields?recordType=customer&limit=200',
  );
  const byKey = new Map(existing.items.map((item) => [item.key, item]));
  for (const [position, field] of BENCH_FIELDS.entries()) {
    if (byKey.has(field.key)) continue;
    const created = await call(app.baseUrl, admin.token, 'POST', '/custom-fields', {
      recordType: 'customer',
      key: field.key,
      type: field.type,
      label: { zh: field.key, en: field.key },
      position: 1000 + position,
      ...(field.options ? { options: field.options } : {}),
    });
    byKey.set(field.key, created);
  }
  return byKey;
}

/** Flags the filterable and sortable fields, and waits for their indexes to be valid. */
async function flagFields(app, admin, byKey, client) {
  const started = performance.now();
  for (const field of BENCH_FIELDS.filter((candidate) => candidate.filterable)) {
    const current = byKey.get(field.key);
    if (current.filterable && current.sortable === Boolean(field.sortable)) continue;
    await call(
      app.baseUrl,
      admin.token,
      'PATCH',
      `/custom-fields/${current.id}`,
      { filterable: true, sortable: Boolean(field.sortable) },
      { 'if-match': `"${current.version}"` },
    );
  }
  const names = BENCH_FIELDS.filter((field) => field.filterable).map(
    (field) => `customers_cf_${field.key}_idx`,
  );
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = ANY($1) AND i.indisvalid`,
      [names],
    );
    // …and the API's index statements (a rebuild at its start included) have all finished.
    const { rows: building } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND query ~* '^(CREATE|DROP) INDEX CONCURRENTLY'
          AND state = 'active'`,
    );
    // …and analysed (a rebuild replaces an index without statistics until then).
    const { rows: analysed } = await client.query(
      `SELECT count(DISTINCT tablename)::int AS n FROM pg_stats WHERE tablename = ANY($1)`,
      [names],
    );
    const settled = rows[0].valid === names.length && building[0].n === 0;
    if (settled && (analysed[0].n === names.length || performance.now() - started > 300_000)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return performance.now() - started;
}

/**
 * Gives every customer the 20 values, and adds customers (60 % of them the sales manager's,
 * team East, as the list bench's data is) until there are `size`.
 */
async function seed(client, size, managerId, teamId, log) {
  const fill = customFieldsSql(managerId);
  const started = performance.now();
  await client.query(
    `UPDATE customers SET custom_fields = custom_fields || ${fill.replace(/\bh\b/g, 'hashtext(id::text)')}
      WHERE NOT custom_fields ? '${SORT_KEY}' AND NOT custom_fields ? '${FILTER_KEY}'`,
  );
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM customers`);
  const missing = size - rows[0].n;
  if (missing > 0) {
    log(`adding ${missing.toLocaleString('en')} customers with custom field values`);
    for (let from = 0; from < missing; from += 100_000) {
      const to = Math.min(missing, from + 100_000);
      await client.query(
        `INSERT INTO customers (kind, name, name_key, owner_id, team_id, custom_fields)
         SELECT CASE WHEN g % 5 < 3 THEN 'company' ELSE 'person' END, n, lower(n),
                CASE WHEN g % 10 < 6 THEN $1::uuid END, CASE WHEN g % 10 < 6 THEN $2::uuid END,
                ${fill}
           FROM generate_series($3::int, $4::int) g,
                LATERAL (SELECT '定制字段测试客户' || g AS n, hashtext('cf' || g) AS h) x`,
        [managerId, teamId, from + 1, to],
      );
    }
  }
  await client.query('ANALYZE customers');
  return performance.now() - started;
}

function load(baseUrl, token, paths, seconds) {
  let next = 0;
  return autocannon({
    url: baseUrl,
    connections: 8,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

/** The page query the API issues for the request, built with its own expressions. */
function pageSql(option, descending, teamIds) {
  const { customFieldExpression } = require(
    path.join(API_BUILD, 'custom-fields/custom-field-filters.js'),
  );
  const filter = customFieldExpression('single_select', FILTER_KEY, '"c"."custom_fields"');
  const sort = customFieldExpression('number', SORT_KEY, '"c"."custom_fields"');
  const direction = descending ? 'DESC' : 'ASC';
  return {
    text: `SELECT "c".*, "owner"."id" AS "owner_id", "owner"."name" AS "owner_name", "team"."id" AS "team_id", "team"."name" AS "team_name"
  FROM "customers" "c"
  LEFT JOIN "users" "owner" ON "owner"."id"="c"."owner_id" AND ("owner"."deleted_at" IS NULL)
  LEFT JOIN "teams" "team" ON "team"."id"="c"."team_id" AND ("team"."deleted_at" IS NULL)
 WHERE ( "c"."team_id" = ANY($1::uuid[]) AND ${filter} = ANY(CAST($2 AS text[])) AND ${sort} IS NOT NULL ) AND ( "c"."deleted_at" IS NULL )
 ORDER BY ${sort} ${direction}, "c"."id" ${direction} LIMIT 51`,
    values: [teamIds, [option]],
  };
}

/** The same SQL on a bare pg pool, 8 at a time for `duration` ms: latencies (ms). */
async function bareLoad(databaseUrl, sessionId, userId, duration) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  const durations = [];
  const until = performance.now() + duration;
  let next = 0;
  async function worker() {
    while (performance.now() < until) {
      const i = next++;
      const started = performance.now();
      const auth = (await pool.query(AUTH_SQL, [sessionId, userId])).rows[0];
      const { text, values } = pageSql(`r${i % 10}`, i % 2 === 1, auth.teamIds);
      const rows = (await pool.query(text, values)).rows.slice(0, 50);
      if (rows.length) await pool.query(TAGS_SQL, [rows.map((row) => row.id)]);
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  await pool.end();
  return durations;
}

const FRESH_PREFIXES = ['133', '153', '173', '155', '156', '185', '182', '183'];

/** The same rows, with or without the 20 columns, as an import file of its own. */
function writeImportFile(file, rows, marker, run, withFields, managerEmail) {
  const header = ['kind', 'name', 'mobile', 'province', 'industry', 'tier'];
  const fieldHeader = withFields ? BENCH_FIELDS.map((field) => field.key) : [];
  const lines = [csvLine([...header, ...fieldHeader])];
  // Mobile prefixes the generator never uses, two per run (four runs before they repeat).
  const prefix = FRESH_PREFIXES[(run * 2 + (withFields ? 1 : 0)) % FRESH_PREFIXES.length];
  for (let i = 1; i <= rows; i++) {
    const company = i % 5 < 3;
    const name = company ? `${marker}${i}号定制字段测试贸易有限公司` : `${marker}测试${i}`;
    const mobile = `${prefix}${String(i).padStart(8, '0')}`;
    lines.push(
      csvLine([
        company ? 'company' : 'person',
        name,
        mobile,
        '浙江省',
        company ? '批发零售' : '',
        'potential',
        ...(withFields ? valueCells(i, managerEmail) : []),
      ]),
    );
  }
  fs.writeFileSync(file, lines.join(''));
}

async function importFile(app, admin, file, mapping) {
  const form = new FormData();
  form.append('file', await fs.openAsBlob(file), path.basename(file));
  const started = performance.now();
  const upload = await fetch(`${app.baseUrl}/api/v1/imports/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin.token}` },
    body: form,
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const uploaded = await upload.json();
  await call(
    app.baseUrl,
    admin.token,
    'POST',
    `/imports/${uploaded.id}/start`,
    { mapping, duplicateMode: 'skip' },
    { 'if-match': `"${uploaded.version}"` },
  );
  for (;;) {
    const job = await call(app.baseUrl, admin.token, 'GET', `/imports/${uploaded.id}`);
    if (job.status === 'failed') throw new Error(`the import failed: ${job.failureReason}`);
    if (job.status === 'completed') return { job, wall: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The same new rows imported without, then with, the 20 columns. */
async function importBoth(app, admin, dataset, importRows, log) {
  log(
    `custom fields: import of ${importRows.toLocaleString('en')} rows without and with the 20 columns`,
  );
  const folder = path.join(dataset, 'custom-fields');
  fs.mkdirSync(folder, { recursive: true });
  const plainFile = path.join(folder, `plain-${importRows}.csv`);
  const fieldsFile = path.join(folder, `fields-${importRows}.csv`);
  const base = ['kind', 'name', 'mobile', 'province', 'industry', 'tier'];
  // Each run (up to four on one database) imports rows no earlier run created, so skip
  // mode skips none.
  const run = await withDatabase(
    app.databaseUrl,
    async (client) =>
      Math.floor((await client.query(`SELECT count(*)::int AS n FROM imports`)).rows[0].n / 2) % 4,
  );
  writeImportFile(plainFile, importRows, `A${run}-`, run, false, null);
  writeImportFile(fieldsFile, importRows, `B${run}-`, run, true, 'manager@kehu.local');
  const plain = await importFile(app, admin, plainFile, base);
  const withFields = await importFile(app, admin, fieldsFile, [
    ...base,
    ...BENCH_FIELDS.map((field) => `cf.${field.key}`),
  ]);
  return { plain, withFields };
}

export async function customFieldsBench({ app, admin, manager, dataset, report, smoke, log }) {
  const size = Number(process.env.KEHU_BENCH_CF_SIZE ?? path.basename(dataset));
  const importRows = Number(process.env.KEHU_BENCH_CF_IMPORT_ROWS ?? (smoke ? 1_000 : size));
  const duration = smoke ? 2_000 : 30_000;
  const byKey = await defineFields(app, admin);
  const { teamId, sessionId, seeded, built, visible } = await withDatabase(
    app.databaseUrl,
    async (client) => {
      const { teamId: team, sessionId: session } = await managerScope(client, manager.user.id);
      const seedTime = await seed(client, size, manager.user.id, team, log);
      log('flagging 10 fields filterable; waiting for their indexes');
      const buildTime = await flagFields(app, admin, byKey, client);
      // Expression indexes carry statistics of their own, gathered once they exist.
      await client.query('ANALYZE customers');
      const count = Number(
        (
          await client.query(
            `SELECT count(*) FROM customers WHERE team_id = $1 AND deleted_at IS NULL AND custom_fields ? $2`,
            [team, FILTER_KEY],
          )
        ).rows[0].count,
      );
      return {
        teamId: team,
        sessionId: session,
        seeded: seedTime,
        built: buildTime,
        visible: count,
      };
    },
  );

  const paths = Array.from(
    { length: 20 },
    (_, i) =>
      `/api/v1/customers?limit=50&cf.${FILTER_KEY}=r${i % 10}&sort=${i % 2 ? '-' : ''}cf.${SORT_KEY}`,
  );
  // Correctness first: the API's page equals the SQL's.
  const first = await call(app.baseUrl, manager.token, 'GET', paths[0].replace('/api/v1', ''));
  const expected = await withDatabase(app.databaseUrl, async (client) => {
    const { text, values } = pageSql('r0', false, [teamId]);
    return (await client.query(text, values)).rows.slice(0, 50).map((row) => row.id);
  });
  const same = JSON.stringify(first.items.map((item) => item.id)) === JSON.stringify(expected);
  for (const route of paths)
    await call(app.baseUrl, manager.token, 'GET', route.replace('/api/v1', ''));

  log('custom fields: API at 8 connections');
  const api = await load(app.baseUrl, manager.token, paths, duration / 1000);
  log('custom fields: the same SQL on a bare pg pool, 8 at a time');
  const bare = summarize(await bareLoad(app.databaseUrl, sessionId, manager.user.id, duration));

  const plan = await withDatabase(app.databaseUrl, async (client) => {
    const { text, values } = pageSql('r3', false, [teamId]);
    const { rows } = await client.query(`EXPLAIN ${text}`, values);
    return rows.map((row) => row['QUERY PLAN']);
  });

  const imported = importRows > 0 ? await importBoth(app, admin, dataset, importRows, log) : null;

  report.section('Custom fields', [
    `${size.toLocaleString('en')} customers with 20 custom fields each (10 filterable, 3 of them sortable; values added by SQL in ${seconds(seeded)}), the 10 expression indexes built by the API (CREATE INDEX CONCURRENTLY) in ${seconds(built)} after the fields were flagged. As the sales manager (team East: ${visible.toLocaleString('en')} customers with values): \`GET /customers?cf.${FILTER_KEY}=r<n>&sort=[-]cf.${SORT_KEY}&limit=50\`, the option and direction in turn; autocannon, 8 connections, ${duration / 1000} s. The baseline runs the same statements (session check, page, tags; the page SQL built with the API's own customFieldExpression) on a bare \`pg\` pool, 8 at a time.`,
    '',
    '| client | requests/s | median | p99 |',
    '| --- | ---: | ---: | ---: |',
    `| baseline (bare pg, same SQL) | ${(bare.count / (duration / 1000)).toFixed(0)} | ${ms(bare.median)} | ${ms(bare.p99)} |`,
    `| **Kehu API** | **${api.requests.average.toFixed(0)}** | ${ms(api.latency.p50)} | **${ms(api.latency.p99)}** |`,
    '',
    'Plan of the page query (one option, ascending):',
    '',
    '```',
    ...plan,
    '```',
    '',
    imported
      ? `Import (\`POST /imports/customers\`, skip mode, as admin) of ${importRows.toLocaleString('en')} new rows: without custom fields ${seconds(imported.plain.wall)} (created ${imported.plain.job.created}, failed ${imported.plain.job.failed}); the same rows with the 20 columns mapped to \`cf.<key>\` ${seconds(imported.withFields.wall)} (created ${imported.withFields.job.created}, failed ${imported.withFields.job.failed}): **${ratio(imported.withFields.wall, imported.plain.wall)}**.`
      : 'Import: not run (KEHU_BENCH_CF_IMPORT_ROWS=0).',
  ]);
  report.check(
    'custom fields: the API page equals the SQL page',
    same,
    same ? 'equal' : 'differs',
    true,
  );
  report.check(
    'custom field filter + sort p99 ≤ 50 ms (8 connections)',
    api.latency.p99 <= 50,
    `${ms(api.latency.p99)} (bare pg ${ms(bare.p99)})`,
  );
  report.check(
    'custom field list answers only 2xx',
    api.non2xx === 0 && api.errors === 0,
    `${api.non2xx} non-2xx, ${api.errors} errors`,
    true,
  );
  if (!imported) return;
  const { plain, withFields } = imported;
  report.check(
    `import with 20 custom fields ≤ 1.2× without (${importRows.toLocaleString('en')} rows)`,
    withFields.wall <= 1.2 * plain.wall,
    ratio(withFields.wall, plain.wall),
  );
  report.check(
    'the import with custom fields creates every row',
    withFields.job.created === importRows && withFields.job.failed === 0,
    `${withFields.job.created} created, ${withFields.job.failed} failed`,
    true,
  );
}
