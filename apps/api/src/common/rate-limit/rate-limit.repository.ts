import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface BucketState {
  hits: number;
  resetAt: Date;
}

interface BucketRow {
  hits: number;
  reset_at: Date;
}

/**
 * Fixed-window counters in PostgreSQL, so every API process sees the same counts.
 * Each hit is one atomic upsert; an expired window starts again at 1.
 */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, windowSeconds: number): Promise<BucketState> {
    const rows: BucketRow[] = await this.dataSource.query(
      `INSERT INTO rate_limit_buckets (key, hits, reset_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.hits + 1 END,
         reset_at = CASE WHEN rate_limit_buckets.reset_at <= now()
                         THEN now() + make_interval(secs => $2) ELSE rate_limit_buckets.reset_at END
       RETURNING hits, reset_at`,
      [key, windowSeconds],
    );
    return { hits: rows[0].hits, resetAt: rows[0].reset_at };
  }

  /** The live buckets among these keys (expired windows count as empty). */
  async peek(keys: string[]): Promise<Map<string, BucketState>> {
    const rows: Array<BucketRow & { key: string }> = await this.dataSource.query(
      'SELECT key, hits, reset_at FROM rate_limit_buckets WHERE key = ANY($1) AND reset_at > now()',
      [keys],
    );
    return new Map(rows.map((row) => [row.key, { hits: row.hits, resetAt: row.reset_at }]));
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE key = $1', [key]);
  }
}
