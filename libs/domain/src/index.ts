export * from './calendar';
export * from './audit';
export * from './auth';
export * from './authz';
export * from './customers';
export * from './records';
export * from './relationships';
export * from './spreadsheets';
