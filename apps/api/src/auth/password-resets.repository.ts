import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Single-use password-reset tokens, kept only as SHA-256 hashes. */
@Injectable()
export class PasswordResetsRepository {
  /** A new token for the user; any earlier unused one stops working. */
  async issue(
    manager: EntityManager,
    userId: string,
    tokenHash: string,
    ttlSeconds: number,
  ): Promise<void> {
    await this.invalidateAllOf(manager, userId);
    await manager.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [userId, tokenHash, ttlSeconds],
    );
  }

  /**
   * Uses the token up if it is live, returning its user; null if unknown, used or expired.
   * The UPDATE's row lock makes two concurrent uses of one token yield one winner.
   */
  async consume(manager: EntityManager, tokenHash: string): Promise<string | null> {
    // For an UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows] = await manager.query<[Array<{ user_id: string }>, number]>(
      `UPDATE password_reset_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash],
    );
    return rows[0]?.user_id ?? null;
  }

  async invalidateAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      'UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
  }
}
