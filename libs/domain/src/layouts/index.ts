export * from './layout-pages';
export * from './page-layout';
