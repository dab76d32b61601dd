import { Injectable } from '@nestjs/common';
import type { DomainEvent, DomainEventSubscriber } from './domain-event';

/**
 * The in-process subscribers of the domain event outbox. A module's provider registers
 * itself from its `onModuleInit` (webhooks, reports, survey triggers, …):
 * `subscribers.subscribe(this)`.
 */
@Injectable()
export class DomainEventSubscribers {
  private readonly subscribers = new Map<string, DomainEventSubscriber>();

  subscribe(subscriber: DomainEventSubscriber): void {
    if (this.subscribers.has(subscriber.name))
      throw new Error(`a domain event subscriber named ${subscriber.name} is registered already`);
    this.subscribers.set(subscriber.name, subscriber);
  }

  unsubscribe(name: string): void {
    this.subscribers.delete(name);
  }

  /** The subscribers that want this event. */
  for(event: Pick<DomainEvent, 'type'>): DomainEventSubscriber[] {
    return [...this.subscribers.values()].filter(
      (subscriber) => subscriber.types === '*' || subscriber.types.includes(event.type),
    );
  }
}
