import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Services open transactions here and hand the manager to repository calls and the
 * audit log, so a change and its audit entry commit or fail together.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The manager for work outside any transaction: each statement it runs commits on its
   * own (background cleanups, reads that need no snapshot).
   */
  get outside(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs a trivial statement; rejects when the database does not answer. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
