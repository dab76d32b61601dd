import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain event outbox: every audited write adds its event here in its own transaction;
 * a job hands the undelivered ones to the subscribers. `seq` keeps the order of one
 * record's events; the partial indexes hold only the undelivered rows.
 */
export class DomainEventOutbox1795714700000 implements MigrationInterface {
  name = 'DomainEventOutbox1795714700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "domain_events" (
         "id" uuid NOT NULL,
         "seq" bigint GENERATED ALWAYS AS IDENTITY,
         "type" character varying(80) NOT NULL,
         "subject_type" character varying(60) NOT NULL,
         "subject_id" uuid NOT NULL,
         "actor_type" character varying(10) NOT NULL,
         "actor_id" uuid,
         "changed_fields" jsonb NOT NULL DEFAULT '[]',
         "request_id" character varying(100),
         "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
         "published_at" TIMESTAMP(3) WITH TIME ZONE,
         "attempts" integer NOT NULL DEFAULT 0,
         "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
         "delivered_to" text array NOT NULL DEFAULT '{}',
         "last_error" character varying(1000),
         CONSTRAINT "domain_events_pkey" PRIMARY KEY ("id")
       )`,
    );
    await queryRunner.query(
      'CREATE INDEX "domain_events_due_idx" ON "domain_events" ("next_attempt_at", "seq") WHERE published_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "domain_events_pending_subject_idx" ON "domain_events" ("subject_type", "subject_id", "seq") WHERE published_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "domain_events_published_idx" ON "domain_events" ("published_at") WHERE published_at IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "domain_events"');
  }
}
