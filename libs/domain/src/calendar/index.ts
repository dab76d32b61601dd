export * from './age';
export * from './zone-offset';
