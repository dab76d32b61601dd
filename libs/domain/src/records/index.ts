export * from './one-primary';
