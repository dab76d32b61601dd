// List and search: autocannon with 32 connections over a mix of filters, searches, sorts
// and deep keyset pages as the sales manager (row-level filter: team East), against the
// API and against a bare http + pg server issuing the same SQL, in the same run.
import { fork } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { call } from '../lib/api-client.mjs';
import { ROOT, withDatabase } from '../lib/app-server.mjs';
import { listRequests, managerScope } from '../lib/list-queries.mjs';
import { ms, summarize, timed } from '../lib/stats.mjs';

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function load(baseUrl, token, paths, seconds) {
  let next = 0;
  return autocannon({
    url: baseUrl,
    connections: 32,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

export async function listBench({ app, manager, report, smoke }) {
  const seconds = smoke ? 5 : 30;
  const { kinds, teamId, sessionId, visible, depth } = await withDatabase(
    app.databaseUrl,
    async (client) => {
      const { teamId: team, sessionId: session } = await managerScope(client, manager.user.id);
      const count = Number(
        (
          await client.query(
            `SELECT count(*) FROM customers WHERE team_id = $1 AND deleted_at IS NULL`,
            [team],
          )
        ).rows[0].count,
      );
      const deepest = Math.min(500_000, Math.floor(count * 0.9));
      return {
        kinds: await listRequests(client, team, deepest),
        teamId: team,
        sessionId: session,
        visible: count,
        depth: deepest,
      };
    },
  );
  // Interleave the kinds so every stretch of the run sees the whole mix.
  const lists = Object.values(kinds);
  const paths = [];
  for (let i = 0; paths.length < 400; i++) {
    for (const list of lists) paths.push(`/api/v1/customers?${list[i % list.length]}`);
  }
  for (const route of paths.slice(0, 40))
    await call(app.baseUrl, manager.token, 'GET', route.replace('/api/v1', ''));

  const api = await load(app.baseUrl, manager.token, paths, seconds);
  const port = await freePort();
  const baseline = fork(
    path.join(ROOT, 'bench/baseline-server.mjs'),
    [app.databaseUrl, String(port), sessionId, manager.user.id],
    { stdio: 'inherit' },
  );
  await new Promise((resolve) => baseline.once('message', resolve));
  const bare = await load(
    `http://127.0.0.1:${port}`,
    manager.token,
    paths.map((route) => route.replace('/api/v1', '')),
    seconds,
  );
  baseline.kill('SIGTERM');

  const perKind = {};
  for (const [kind, list] of Object.entries(kinds)) {
    const durations = await timed(smoke ? 10 : 60, 1, (i) =>
      call(app.baseUrl, manager.token, 'GET', `/customers?${list[i % list.length]}`),
    );
    perKind[kind] = summarize(durations);
  }
  const first = perKind['page 1 (newest first)'];
  const deep = perKind[`page at depth ${depth.toLocaleString('en')}`];
  const throughputRatio = api.requests.average / bare.requests.average;
  report.section('List and search', [
    `autocannon, 32 connections, ${seconds} s, as the sales manager (reads team East: ${visible.toLocaleString('en')} customers), over ${Object.keys(kinds).length} kinds of request in turn: ${Object.keys(kinds).join('; ')}. The baseline is a bare Node \`http\` + \`pg\` server (bench/baseline-server.mjs) issuing the same SQL, session check included.`,
    '',
    '| server | requests/s | median | p99 | errors / non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| baseline (http + pg) | ${bare.requests.average.toFixed(0)} | ${ms(bare.latency.p50)} | ${ms(bare.latency.p99)} | ${bare.errors} / ${bare.non2xx} |`,
    `| **Kehu API** | **${api.requests.average.toFixed(0)}** (${(throughputRatio * 100).toFixed(0)} % of baseline) | ${ms(api.latency.p50)} | **${ms(api.latency.p99)}** | ${api.errors} / ${api.non2xx} |`,
    '',
    'Each kind alone, sequential (one connection), API:',
    '',
    '| request | median | p99 |',
    '| --- | ---: | ---: |',
    ...Object.entries(perKind).map(
      ([kind, stats]) => `| ${kind} | ${ms(stats.median)} | ${ms(stats.p99)} |`,
    ),
    '',
    'Only page 1 (no cursor) answers a total: it counts up to 10,001 matches when the planner expects that to be cheap (`EXPLAIN` cost ≤ 5,000), else answers the planner’s estimate, flagged `totalIsEstimate`. Later pages answer `nextCursor` and never count.',
  ]);
  report.check('list p99 ≤ 50 ms (32 connections)', api.latency.p99 <= 50, ms(api.latency.p99));
  report.check(
    'list throughput ≥ 50 % of the bare baseline',
    throughputRatio >= 0.5,
    `${(throughputRatio * 100).toFixed(0)} %`,
  );
  report.check(
    `page at depth ${depth.toLocaleString('en')} within 2× of page 1 (median)`,
    deep.median <= 2 * first.median,
    `${ms(deep.median)} vs ${ms(first.median)}`,
  );
  const statuses = Object.entries(api.statusCodeStats ?? {})
    .map(([code, stats]) => `${code}: ${stats.count}`)
    .join(', ');
  report.check(
    'list answers only 2xx',
    api.non2xx === 0,
    `${api.non2xx} non-2xx (${statuses}), ${api.errors} timeouts or socket errors`,
  );
  return { teamId };
}
