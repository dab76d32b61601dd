export * from './ability';
export * from './actions';
export * from './principal';
export * from './role-policies';
export * from './roles';
export * from './subjects';
export * from './record-check';
