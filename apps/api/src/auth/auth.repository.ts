import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiKey } from '../api-keys/entities/api-key.entity';
import { User } from '../users/entities/user.entity';

/** The credentials side of signing in: accounts by email, API keys by prefix. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findUserForLogin(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { email }, relations: { teams: true } });
  }

  /** The sign-in time is not an edit: version and updatedAt stay as they are. */
  async recordLogin(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ lastLoginAt: () => 'now()', version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :userId', { userId })
      .execute();
  }

  findApiKeyByPrefix(prefix: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOne({ where: { prefix } });
  }

  findApiKeyById(id: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOne({ where: { id }, withDeleted: true });
  }

  /** At most one write a minute per key, not one per request. */
  async touchApiKey(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
