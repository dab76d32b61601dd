export * from './customer-import-fields';
export * from './enum-labels';
export * from './parse-customer-row';
export * from './lead-import-fields';
export * from './parse-lead-row';
export * from './suggest-mapping';
export * from './text-encodings';
