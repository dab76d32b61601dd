export * from './customer-import-fields';
export * from './parse-customer-row';
