export * from './task-status';
