export * from './lead-status';
export * from './lead-assignment';
export * from './lead-score';
