export * from './custom-field-definition';
export * from './custom-field-values';
export * from './definition-problems';
