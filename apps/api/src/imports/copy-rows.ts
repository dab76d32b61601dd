import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

export type CopyValue = string | number | boolean | null | undefined;

const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: NULL as \N, tabs, newlines and backslashes escaped. */
function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return text.replace(ESCAPED, (char) => ESCAPES[char]);
}

/** The pg connection behind a transaction's manager, for COPY (TypeORM has no COPY API). */
async function connectionOf(manager: EntityManager): Promise<PoolClient> {
  if (!manager.queryRunner) throw new Error('COPY needs a transaction');
  return (await manager.queryRunner.connect()) as PoolClient;
}

/**
 * Streams rows into a table with `COPY … FROM STDIN` on the transaction's connection,
 * about ten times faster than multi-row INSERTs and without building one huge statement.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const client = await connectionOf(manager);
  function* lines() {
    let chunk = '';
    for (const row of rows) {
      chunk += `${row.map(copyField).join('\t')}\n`;
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const sink = client.query(
    copyFrom(`COPY ${table} (${columns.map((column) => `"${column}"`).join(', ')}) FROM STDIN`),
  );
  await pipeline(Readable.from(lines()), sink);
}
