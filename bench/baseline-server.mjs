// The list bench's baseline: a bare Node `http` server with `pg` that answers the same
// list requests with the same SQL as the API (see lib/list-queries.mjs), with none of
// the framework around it. Started by the list bench:
//   node bench/baseline-server.mjs <databaseUrl> <port> <sessionId> <userId>
import http from 'node:http';
import pg from 'pg';
import { AUTH_SQL, listSql, searchBreadth, TAGS_SQL } from './lib/list-queries.mjs';

const [databaseUrl, port, sessionId, userId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://baseline');
  (async () => {
    const auth = (await pool.query(AUTH_SQL, [sessionId, userId])).rows[0];
    // A search first samples how common the term is, as the API does.
    const q = url.searchParams.get('q')?.trim();
    const breadth = q
      ? await searchBreadth(pool, q, url.searchParams.get('sort') ?? undefined)
      : 'few';
    const { text, values } = listSql(url.searchParams, auth.teamIds, breadth);
    const rows = (await pool.query(text, values)).rows;
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const items = rows.slice(0, limit);
    const tags = items.length
      ? (await pool.query(TAGS_SQL, [items.map((row) => row.id)])).rows
      : [];
    for (const item of items) item.tags = tags.filter((tag) => tag.customerId === item.id);
    const last = items[items.length - 1];
    const body = JSON.stringify({
      items,
      nextCursor: rows.length > limit && last ? last.id : null,
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  })().catch((error) => {
    response.writeHead(500).end(String(error));
  });
});
server.listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => server.close(() => pool.end()));
