export * from './field-changes';
