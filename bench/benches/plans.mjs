// Query plans: EXPLAIN (ANALYZE, BUFFERS) of every list filter and of the duplicate-check
// queries, as the API issues them; none may read customers with a sequential scan.
import { withDatabase } from '../lib/app-server.mjs';
import { listRequests, listSql, searchBreadth } from '../lib/list-queries.mjs';
import { duplicateCheckSql } from '../lib/duplicate-queries.mjs';

export async function plansBench({ app, report, smoke }) {
  const lines = [];
  const seqScans = [];
  const breadths = new Set();
  await withDatabase(app.databaseUrl, async (client) => {
    const team = (await client.query(`SELECT id FROM teams WHERE name = 'East'`)).rows[0].id;
    const count = Number(
      (await client.query(`SELECT count(*) FROM customers WHERE team_id = $1`, [team])).rows[0]
        .count,
    );
    const kinds = await listRequests(client, team, Math.min(500_000, Math.floor(count * 0.9)));
    // Short and very common terms, beyond the list bench's mix: no trigram in the first
    // two, matches too dense to collect in the third, and both at once in the fourth
    // (有 is in every 有限公司, so it is dense at every size), so every size runs each
    // of the API's search plans.
    kinds['search one Chinese character'] = [`limit=50&q=${encodeURIComponent('王')}`];
    kinds['search two-character Chinese name'] = [`limit=50&q=${encodeURIComponent('王伟')}`];
    kinds['search common term'] = [`limit=50&q=${encodeURIComponent('有限公司')}`];
    kinds['search one common character'] = [`limit=50&q=${encodeURIComponent('有')}`];
    const queries = [];
    for (const [kind, list] of Object.entries(kinds)) {
      const params = new URLSearchParams(list[0]);
      const q = params.get('q')?.trim();
      const breadth = q ? await searchBreadth(client, q, params.get('sort') ?? undefined) : 'few';
      if (q) breadths.add(`${breadth}${[...q].length < 3 ? ' short' : ''}`);
      queries.push([
        `list: ${kind}${q ? ` (${breadth === 'many' ? 'dense: walked' : 'sparse: collected'})` : ''}`,
        listSql(params, [team], breadth),
      ]);
    }
    queries.push(...(await duplicateCheckSql(client)));
    for (const [name, query] of queries) {
      const plan = (
        await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values)
      ).rows.map((row) => row['QUERY PLAN']);
      const scans = plan.filter((line) => /Seq Scan on customers\b/.test(line));
      if (scans.length > 0) seqScans.push(name);
      const total = /Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1];
      lines.push(
        `### ${name} — ${total} ms${scans.length ? ' — **sequential scan of customers**' : ''}`,
        '',
        '```',
        ...plan,
        '```',
        '',
      );
    }
  });
  report.section('Query plans', [
    `EXPLAIN (ANALYZE, BUFFERS) of each list filter (as the sales manager) and of the duplicate-check queries${smoke ? '' : ' at this size'}.`,
    '',
    ...lines,
  ]);
  const paths = ['few', 'few short', 'many', 'many short'];
  const missing = paths.filter((path) => !breadths.has(path));
  report.check(
    'the plans cover sparse and dense searches, with and without a trigram',
    missing.length === 0,
    missing.length ? `missing: ${missing.join(', ')}` : paths.join(', '),
    true,
  );
  report.check(
    'no sequential scan of customers in the plans',
    seqScans.length === 0,
    seqScans.length ? seqScans.join(', ') : 'none',
  );
}
