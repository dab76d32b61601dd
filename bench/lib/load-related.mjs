// Loads what the import does not carry straight into the database: owners and teams spread
// over the demo sales staff, creation dates over three years, and the generated contacts,
// relationships and interactions (COPY into temporary tables, then one INSERT each).
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';

async function copyCsv(client, table, columns, file) {
  await client.query(
    `CREATE TEMP TABLE ${table} (${columns.map((column) => `${column} text`).join(', ')})`,
  );
  await pipeline(
    fs.createReadStream(file),
    client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)),
  );
}

export async function loadRelated(client, dataset, log) {
  const users = Object.fromEntries(
    (await client.query(`SELECT split_part(email, '@', 1) AS handle, id FROM users`)).rows.map(
      (row) => [row.handle, row.id],
    ),
  );
  const teams = Object.fromEntries(
    (await client.query(`SELECT name, id FROM teams`)).rows.map((row) => [row.name, row.id]),
  );
  await client.query(
    `CREATE TEMP TABLE bench_refs AS SELECT notes AS ref, id, kind FROM customers WHERE notes LIKE 'ref:%'`,
  );
  await client.query(`CREATE INDEX ON bench_refs (ref)`);
  await client.query(`ANALYZE bench_refs`);

  log('loading contacts and relationships');
  await copyCsv(
    client,
    'bench_contacts',
    ['company_ref', 'person_ref', 'title'],
    `${dataset}/contacts.csv`,
  );
  await client.query(
    `INSERT INTO contacts (company_id, person_id, title, is_primary)
     SELECT DISTINCT ON (c.id, p.id) c.id, p.id, b.title, false
       FROM bench_contacts b JOIN bench_refs c ON c.ref = b.company_ref JOIN bench_refs p ON p.ref = b.person_ref
      WHERE c.kind = 'company' AND p.kind = 'person'`,
  );
  await copyCsv(
    client,
    'bench_relationships',
    ['from_ref', 'to_ref', 'type'],
    `${dataset}/relationships.csv`,
  );
  await client.query(
    `INSERT INTO relationships (from_id, to_id, type_id)
     SELECT DISTINCT ON (f.id, t.id, rt.id) f.id, t.id, rt.id
       FROM bench_relationships b JOIN bench_refs f ON f.ref = b.from_ref JOIN bench_refs t ON t.ref = b.to_ref
       JOIN relationship_types rt ON rt.key = b.type
      WHERE f.id <> t.id`,
  );
  log('loading interactions');
  await copyCsv(
    client,
    'bench_interactions',
    ['customer_ref', 'kind', 'occurred_at', 'summary'],
    `${dataset}/interactions.csv`,
  );
  await client.query(
    `INSERT INTO timeline_events (subject_type, subject_id, kind, occurred_at, actor_type, actor_id, summary, details)
     SELECT 'customer', r.id, b.kind, b.occurred_at::timestamptz, 'user', $1::uuid, b.summary, '{}'::jsonb
       FROM bench_interactions b JOIN bench_refs r ON r.ref = b.customer_ref`,
    [users.rep1],
  );
  log('spreading owners, teams and creation dates');
  // East: rep1 25 %, rep2 25 %, manager 10 %; West: rep3 25 %; 15 % unassigned.
  await client.query(
    `UPDATE customers c SET
       owner_id = CASE WHEN number % 20 < 5 THEN $1::uuid WHEN number % 20 < 10 THEN $2::uuid
                       WHEN number % 20 < 12 THEN $3::uuid WHEN number % 20 < 17 THEN $4::uuid END,
       team_id = CASE WHEN number % 20 < 12 THEN $5::uuid WHEN number % 20 < 17 THEN $6::uuid END,
       created_at = timestamptz '2023-01-01' + make_interval(secs => number * 60),
       updated_at = timestamptz '2023-01-01' + make_interval(secs => number * 60 + (number * 7919) % 8640000),
       last_interaction_at = l.last
      FROM bench_refs r
      LEFT JOIN (SELECT subject_id, max(occurred_at) AS last FROM timeline_events
                  WHERE subject_type = 'customer' AND kind <> 'imported' GROUP BY subject_id) l ON l.subject_id = r.id
     WHERE c.id = r.id`,
    [users.rep1, users.rep2, users.manager, users.rep3, teams.East, teams.West],
  );
  log('vacuum and analyze');
  await client.query('VACUUM ANALYZE customers');
  await client.query('VACUUM ANALYZE customer_keys');
  await client.query('VACUUM ANALYZE timeline_events');
  await client.query('VACUUM ANALYZE contacts');
  await client.query('VACUUM ANALYZE relationships');
  const counts = (
    await client.query(
      `SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM contacts) AS contacts,
              (SELECT count(*) FROM relationships) AS relationships,
              (SELECT count(*) FROM timeline_events WHERE kind <> 'imported') AS interactions`,
    )
  ).rows[0];
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)]));
}
