export * from './platform/errors.ts';
export * from './platform/health.ts';
export * from './platform/languages.ts';
export * from './countries/list-countries.ts';
export * from './platform/web-pages.ts';
