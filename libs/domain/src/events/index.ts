export * from './domain-event-type';
