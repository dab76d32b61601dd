import NodeEnvironment from 'jest-environment-node';
import { copyTemplateDatabase, type TestDatabase } from './test-database';

/**
 * Every API end-to-end test file runs on a database of its own: a copy of the run's
 * migrated, demo-seeded template (see global-setup.ts), made before the file's first
 * hook and dropped after its last one, whatever the file does in between. Files running
 * in parallel therefore never see each other's rows, settings or job queues.
 *
 * The file finds its database in `process.env.KEHU_TEST_DATABASE_URL` (createTestApp
 * and direct pg/TypeORM connections read it; suites that make further databases use
 * its server).
 */
export default class DatabaseEnvironment extends NodeEnvironment {
  private database: TestDatabase | undefined;

  override async setup(): Promise<void> {
    await super.setup();
    const templateUrl = process.env.KEHU_TEST_TEMPLATE_URL;
    if (!templateUrl) {
      throw new Error('KEHU_TEST_TEMPLATE_URL is not set: run through the e2e Jest config');
    }
    this.database = await copyTemplateDatabase(templateUrl);
    this.global.process.env.KEHU_TEST_DATABASE_URL = this.database.url;
  }

  override async teardown(): Promise<void> {
    try {
      await this.database?.drop();
    } finally {
      await super.teardown();
    }
  }
}
