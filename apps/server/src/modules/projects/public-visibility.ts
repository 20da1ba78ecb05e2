import { sql } from 'kysely';

/**
 * What "public" means, in one place: a project is shown to the world once approved (active or
 * closed) and while its founders keep it in the gallery; a page or material is public only while
 * a teacher has made it public AND its project is shown. Every answer to a visitor (the gallery,
 * public pages, material details and files) decides with this, over the projects row aliased `p`.
 */
export const projectShownToThePublic = sql<boolean>`(p.is_public and p.status in ('active', 'closed'))`;
