export * from './lead-status';
export * from './lead-assignment';
export * from './lead-score';
export * from './lead-conversion-rule';
