import type { ProjectStatus } from '@jumelage/contracts';
import { sql, type Kysely } from 'kysely';
import { insertMember } from '../modules/projects/queries.ts';
import type { Schema } from '../platform/db/schema.ts';
import { buildSchool, buildUser, type BuiltUser } from './factories.ts';

type ProjectValues = {
  title?: string;
  summary?: string;
  description?: string;
  themes?: string[];
  subjects?: string[];
  ages?: [number, number];
  startsOn?: string;
  status?: ProjectStatus;
  isPublic?: boolean;
  /** One founder is made in each; the first is the creator. */
  countries?: string[];
};

/**
 * A project written straight into the database in the state asked, with a founder (and school)
 * per country, for tests of what reads projects; the HTTP journey has its own tests.
 */
export async function buildProject(db: Kysely<Schema>, values: ProjectValues = {}): Promise<{ id: string; founders: BuiltUser[] }> {
  const status = values.status ?? 'active';
  const approved = status === 'active' || status === 'closed';
  const founders: BuiltUser[] = [];
  for (const countryCode of values.countries ?? ['FR', 'PL']) {
    const school = await buildSchool(db, { countryCode, name: `School of ${countryCode} ${founders.length}` });
    founders.push(await buildUser(db, { countryCode, schoolId: school.id, name: `Founder ${countryCode}` }));
  }
  const { id } = await db
    .insertInto('projects')
    .values({
      title: values.title ?? 'A project',
      summary: values.summary ?? 'What the pupils do together.',
      description: values.description ?? 'Pupils of every school write one story.',
      themes: values.themes ?? ['reading_and_storytelling'],
      subjects: values.subjects ?? ['language_and_literature'],
      age_min: values.ages?.[0] ?? 10,
      age_max: values.ages?.[1] ?? 12,
      languages: ['en'],
      starts_on: values.startsOn ?? '2027-01-10',
      ends_on: '2027-12-20',
      status,
      is_public: values.isPublic ?? true,
      created_by: founders[0]!.id,
      approved_at: approved ? sql`clock_timestamp()` : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const founder of founders) await insertMember(db, id, founder.id, 'founder');
  return { id, founders };
}

/** Puts a teacher into a project, as its founders would have by invitation. */
export async function addProjectMember(
  db: Kysely<Schema>,
  projectId: string,
  teacherId: string,
  role: 'founder' | 'member' = 'member',
): Promise<void> {
  await insertMember(db, projectId, teacherId, role);
}
