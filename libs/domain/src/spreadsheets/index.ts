export * from './neutralize-formula';
