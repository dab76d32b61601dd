import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Setting } from './entities/setting.entity';

/**
 * The settings table: one JSON document per key, versioned. It has no module of its own:
 * each module that keeps settings provides it and reads and writes only its own keys
 * (duplicate rules in customers; assignment and scoring in leads, which the demo data
 * also fills in).
 */
@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(key: string, manager: EntityManager = this.dataSource.manager): Promise<Setting | null> {
    return manager.findOne(Setting, { where: { key } });
  }

  async save(
    manager: EntityManager,
    key: string,
    value: unknown,
    actorId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO settings (key, value, updated_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE
         SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id,
             updated_at = now(), version = settings.version + 1`,
      [key, JSON.stringify(value), actorId],
    );
  }
}
