import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IdempotencyRecord } from './idempotency-record.entity';

export const IDEMPOTENCY_TTL_HOURS = 24;

type StoredRecord = Pick<IdempotencyRecord, 'requestHash' | 'state' | 'responseBody' | 'location'>;

@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the key for this request. Returns null when claimed (a new key, or one
   * older than the TTL), or the record a previous request left.
   */
  async claim(principalId: string, key: string, requestHash: string): Promise<StoredRecord | null> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records (principal_id, key, request_hash, state)
       VALUES ($1, $2, $3, 'running')
       ON CONFLICT (principal_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, state = 'running', response_status = NULL,
             response_body = NULL, location = NULL, created_at = now()
       WHERE idempotency_records.created_at < now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})
       RETURNING 1`,
      [principalId, key, requestHash],
    );
    if (claimed.length > 0) return null;
    const rows: Array<{
      requestHash: string;
      state: 'running' | 'done';
      responseBody: unknown;
      location: string | null;
    }> = await this.dataSource.query(
      `SELECT request_hash AS "requestHash", state, response_body AS "responseBody", location
           FROM idempotency_records WHERE principal_id = $1 AND key = $2`,
      [principalId, key],
    );
    return rows[0] ?? null;
  }

  async complete(
    principalId: string,
    key: string,
    status: number,
    body: unknown,
    location: string | null,
  ) {
    await this.dataSource.query(
      `UPDATE idempotency_records SET state = 'done', response_status = $3, response_body = $4, location = $5
        WHERE principal_id = $1 AND key = $2`,
      [principalId, key, status, JSON.stringify(body ?? null), location],
    );
  }

  /** A failed request leaves nothing behind, so the client may retry with the same key. */
  async release(principalId: string, key: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM idempotency_records WHERE principal_id = $1 AND key = $2',
      [principalId, key],
    );
  }
}
