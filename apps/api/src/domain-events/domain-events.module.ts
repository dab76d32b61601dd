import { Global, Module } from '@nestjs/common';
import { DomainEventDrainer } from './domain-event-drainer';
import { DomainEventOutbox } from './domain-event-outbox';
import { DomainEventSubscribers } from './domain-event-subscribers';
import { DomainEventsRepository } from './domain-events.repository';

/**
 * The domain event outbox: audited writes add their events (see AuditService), the
 * drainer hands them to the subscribers registered with DomainEventSubscribers.
 */
@Global()
@Module({
  providers: [
    DomainEventsRepository,
    DomainEventOutbox,
    DomainEventDrainer,
    DomainEventSubscribers,
  ],
  exports: [DomainEventOutbox, DomainEventSubscribers, DomainEventDrainer],
})
export class DomainEventsModule {}
