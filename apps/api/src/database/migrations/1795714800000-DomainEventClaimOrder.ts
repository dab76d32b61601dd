import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The drainer claims undelivered events in `seq` order: an index in that order lets it
 * take the oldest few without sorting every undelivered event (a million after an
 * import). Only events whose delivery failed wait for a time, so only they are indexed
 * by it.
 */
export class DomainEventClaimOrder1795714800000 implements MigrationInterface {
  name = 'DomainEventClaimOrder1795714800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "domain_events_due_idx"');
    await queryRunner.query(
      'CREATE INDEX "domain_events_pending_seq_idx" ON "domain_events" ("seq") WHERE published_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "domain_events_retry_idx" ON "domain_events" ("next_attempt_at") WHERE published_at IS NULL AND attempts > 0',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "domain_events_retry_idx"');
    await queryRunner.query('DROP INDEX "domain_events_pending_seq_idx"');
    await queryRunner.query(
      'CREATE INDEX "domain_events_due_idx" ON "domain_events" ("next_attempt_at", "seq") WHERE published_at IS NULL',
    );
  }
}
