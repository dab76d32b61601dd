// Customer 360: the requests the console's customer page makes (record, timeline,
// contacts, relationship graph) for random customers the sales manager reads, 8 at a time.
import { withDatabase } from '../lib/app-server.mjs';
import { seededRandom } from '../lib/random.mjs';
import { ms, summarize, timed } from '../lib/stats.mjs';

const VIEWS = 1500;
const CONCURRENCY = 8;

export async function customer360Bench({ app, manager, report, smoke }) {
  const ids = await withDatabase(app.databaseUrl, async (client) => {
    const team = (await client.query(`SELECT id FROM teams WHERE name = 'East'`)).rows[0].id;
    return (
      await client.query(
        `SELECT id FROM customers TABLESAMPLE SYSTEM (5) REPEATABLE (7) WHERE team_id = $1 AND deleted_at IS NULL LIMIT 5000`,
        [team],
      )
    ).rows.map((row) => row.id);
  });
  const random = seededRandom(360);
  const views = Array.from({ length: smoke ? 200 : VIEWS }, () => random.pick(ids));
  const routes = {
    record: (id) => `/customers/${id}`,
    timeline: (id) => `/customers/${id}/timeline?limit=20`,
    contacts: (id) => `/customers/${id}/contacts`,
    relationships: (id) => `/customers/${id}/relationships`,
  };
  const durations = Object.fromEntries(Object.keys(routes).map((name) => [name, []]));
  const all = await timed(views.length, CONCURRENCY, async (i) => {
    for (const [name, route] of Object.entries(routes)) {
      const started = performance.now();
      const response = await fetch(`${app.baseUrl}/api/v1${route(views[i])}`, {
        headers: { authorization: `Bearer ${manager.token}` },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${route(views[i])} → ${response.status}`);
      durations[name].push(performance.now() - started);
    }
  });
  const requests = summarize(Object.values(durations).flat());
  report.section('Customer 360 and timeline', [
    `${views.length.toLocaleString('en')} customer pages (4 requests each) for random East customers, ${CONCURRENCY} at a time, as the sales manager.`,
    '',
    '| request | median | p99 |',
    '| --- | ---: | ---: |',
    ...Object.entries(durations).map(([name, values]) => {
      const stats = summarize(values);
      return `| ${name} | ${ms(stats.median)} | ${ms(stats.p99)} |`;
    }),
    `| **any request** | ${ms(requests.median)} | **${ms(requests.p99)}** |`,
    `| whole page (4 requests in a row) | ${ms(summarize(all).median)} | ${ms(summarize(all).p99)} |`,
  ]);
  report.check(
    'customer 360 + timeline p99 ≤ 30 ms at 8 connections',
    requests.p99 <= 30,
    ms(requests.p99),
  );
}
