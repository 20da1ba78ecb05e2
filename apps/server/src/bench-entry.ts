// What the benchmarks in bench/ may use of the server: the real database layer and services.
export { openDatabase, type Database } from './platform/db/database.ts';
export { migrate } from './platform/db/migrations.ts';
export { findPartners, type PartnerQuery } from './modules/partners/service.ts';
export { rebuildRecentlyActivePartners } from './modules/partners/recent-tier.ts';
export { suggestedPartners } from './modules/partners/suggestions-service.ts';
export { demoCountries } from './demo/people.ts';
export { seededRandom } from './demo/seeded-random.ts';
export { ideaTemplatesIn, monthAfter } from './demo/ideas.ts';
export type { Actor } from './platform/auth/actor.ts';
