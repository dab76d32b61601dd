// Import: the customers file through the real pipeline (upload → validation →
// normalization → duplicate handling → done), against two raw COPYs of the same file
// measured in the same run on the same server: into a bare table, and into a table with
// the customers table's columns and all of its indexes.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { CUSTOMER_HEADER, CUSTOMER_MAPPING } from '../generate.mjs';
import { call } from '../lib/api-client.mjs';
import { sampleRss, withDatabase } from '../lib/app-server.mjs';
import { ratio, seconds } from '../lib/stats.mjs';

async function copyFile(client, table, columns, file) {
  const started = performance.now();
  await pipeline(
    fs.createReadStream(file),
    client.query(
      copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`),
    ),
  );
  return performance.now() - started;
}

/** The customers table's columns and every one of its indexes, on a table of the file's shape. */
async function createIndexedTable(client) {
  await client.query(`DROP TABLE IF EXISTS bench_copy_indexed`);
  await client.query(`CREATE TABLE bench_copy_indexed (LIKE customers INCLUDING DEFAULTS)`);
  // The file holds phones, emails and the street as text, and the city on its own.
  await client.query(`ALTER TABLE bench_copy_indexed ALTER phones DROP DEFAULT, ALTER phones TYPE text,
    ALTER phones DROP NOT NULL, ALTER emails DROP DEFAULT, ALTER emails TYPE text, ALTER emails DROP NOT NULL,
    ALTER addresses DROP DEFAULT, ALTER addresses TYPE text, ALTER addresses DROP NOT NULL, ALTER tier DROP NOT NULL,
    ADD COLUMN city text, DROP COLUMN name_key,
    ADD COLUMN name_key varchar(200) GENERATED ALWAYS AS (lower(name)) STORED`);
  const { rows } = await client.query(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'customers'`,
  );
  for (const { indexdef } of rows) {
    await client.query(
      indexdef
        .replace(
          /INDEX (\S+) ON public\.customers/,
          (_, name) => `INDEX "bench_${name.replace(/"/g, '')}" ON bench_copy_indexed`,
        )
        .replace(/^CREATE UNIQUE INDEX/, 'CREATE UNIQUE INDEX')
        // The address column holds the file's street as text here: its line key instead.
        .replace(
          /(?:public\.)?customer_address_key\(addresses\)/,
          'public.customer_address_line_key(addresses)',
        ),
    );
  }
  return rows.length;
}

const INDEXED_COLUMNS = {
  notes: 'notes',
  kind: 'kind',
  name: 'name',
  mobile: 'phones',
  email: 'emails',
  province: 'region',
  city: 'city',
  address: 'addresses',
  industry: 'industry',
  tier: 'tier',
  taxId: 'tax_id',
};

async function uploadAndRun(app, admin, file, filename) {
  const form = new FormData();
  form.append('file', await fs.openAsBlob(file), filename);
  const started = performance.now();
  const uploadResponse = await fetch(`${app.baseUrl}/api/v1/imports/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin.token}` },
    body: form,
  });
  if (uploadResponse.status !== 201)
    throw new Error(`upload: ${uploadResponse.status} ${await uploadResponse.text()}`);
  const uploaded = await uploadResponse.json();
  await call(
    app.baseUrl,
    admin.token,
    'POST',
    `/imports/${uploaded.id}/start`,
    { mapping: CUSTOMER_MAPPING, duplicateMode: 'skip' },
    { 'if-match': `"${uploaded.version}"` },
  );
  for (;;) {
    const job = await call(app.baseUrl, admin.token, 'GET', `/imports/${uploaded.id}`);
    if (job.status === 'completed' || job.status === 'failed')
      return { job, wall: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function importBench({ app, admin, dataset, truth, report }) {
  const file = `${dataset}/customers.csv`;
  const bare = await withDatabase(app.databaseUrl, async (client) => {
    await client.query(`DROP TABLE IF EXISTS bench_copy_bare`);
    await client.query(
      `CREATE TABLE bench_copy_bare (${CUSTOMER_HEADER.map((column) => `"${column}" text`).join(', ')})`,
    );
    const wall = await copyFile(
      client,
      'bench_copy_bare',
      CUSTOMER_HEADER.map((column) => `"${column}"`),
      file,
    );
    await client.query(`DROP TABLE bench_copy_bare`);
    return wall;
  });
  const indexed = await withDatabase(app.databaseUrl, async (client) => {
    const indexes = await createIndexedTable(client);
    const wall = await copyFile(
      client,
      'bench_copy_indexed',
      CUSTOMER_HEADER.map((column) => INDEXED_COLUMNS[column]),
      file,
    );
    await client.query(`DROP TABLE bench_copy_indexed`);
    return { wall, indexes };
  });
  await withDatabase(app.databaseUrl, (client) => client.query('CHECKPOINT'));

  const memory = sampleRss(app.pid);
  const first = await uploadAndRun(app, admin, file, 'customers.csv');
  const peakRss = memory.stop();
  if (first.job.status !== 'completed')
    throw new Error(`the import failed: ${first.job.failureReason}`);
  const expectedSkipped = truth.exactDuplicates.length;

  const again = sampleRss(app.pid);
  const second = await uploadAndRun(app, admin, file, 'customers-again.csv');
  const secondPeak = again.stop();

  const rows = truth.size;
  report.section('Import', [
    `File: ${rows.toLocaleString('en')} rows (${(fs.statSync(file).size / 1024 ** 2).toFixed(0)} MB CSV), mode \`skip\`, as admin.`,
    '',
    '| run | wall time | rows/s | vs indexed COPY | API peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| baseline: COPY into a bare table | ${seconds(bare)} | ${Math.round(rows / (bare / 1000)).toLocaleString('en')} | ${ratio(bare, indexed.wall)} | – |`,
    `| baseline: COPY into a table with the customers table's ${indexed.indexes} indexes | ${seconds(indexed.wall)} | ${Math.round(rows / (indexed.wall / 1000)).toLocaleString('en')} | 1.00× | – |`,
    `| **Kehu import** (upload → job completed) | ${seconds(first.wall)} | ${Math.round(rows / (first.wall / 1000)).toLocaleString('en')} | **${ratio(first.wall, indexed.wall)}** | **${peakRss.toFixed(0)} MB** |`,
    `| the same file again | ${seconds(second.wall)} | ${Math.round(rows / (second.wall / 1000)).toLocaleString('en')} | ${ratio(second.wall, indexed.wall)} | ${secondPeak.toFixed(0)} MB |`,
    '',
    `First import: created ${first.job.created.toLocaleString('en')}, skipped ${first.job.skipped.toLocaleString('en')} (the generator wrote ${expectedSkipped.toLocaleString('en')} exact duplicates), failed ${first.job.failed}.`,
    `Second import: created **${second.job.created}**, skipped ${second.job.skipped.toLocaleString('en')}, failed ${second.job.failed}.`,
  ]);
  report.check(
    'import ≤ 2× indexed COPY',
    first.wall <= 2 * indexed.wall,
    `${ratio(first.wall, indexed.wall)}`,
  );
  report.check('import API peak RSS ≤ 300 MB', peakRss <= 300, `${peakRss.toFixed(0)} MB`);
  report.check(
    're-import adds 0 rows',
    second.job.created === 0,
    `${second.job.created} rows`,
    true,
  );
  report.check(
    'import skips the exact duplicates',
    first.job.skipped >= expectedSkipped,
    `${first.job.skipped} ≥ ${expectedSkipped}`,
    true,
  );
}
