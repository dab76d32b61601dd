export * from './custom-field-definition';
export * from './custom-field-values';
export * from './definition-problems';
export * from './custom-field-cells';
export * from './custom-field-filters';
export * from './custom-field-reference';
