import type { ProjectPatch } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { IdeasDb } from './tables.ts';
import { notFound } from '../../platform/errors.ts';

/** A project started from one of my ideas takes its description, subjects, ages, languages and period. */
export async function contentOfIdea(db: IdeasDb, ideaId: string, authorId: string): Promise<Partial<ProjectPatch>> {
  const idea = await db
    .selectFrom('project_ideas')
    .select([
      'description',
      'subjects',
      'age_min',
      'age_max',
      'languages',
      sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('startsOn'),
      sql<string>`to_char(ends_on + interval '1 month' - interval '1 day', 'YYYY-MM-DD')`.as('endsOn'),
    ])
    .where('id', '=', ideaId)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
  if (!idea) throw notFound('This idea');
  return {
    description: idea.description,
    subjects: idea.subjects as ProjectPatch['subjects'],
    pupilAgeMin: idea.age_min,
    pupilAgeMax: idea.age_max,
    languages: idea.languages as ProjectPatch['languages'],
    startsOn: idea.startsOn,
    endsOn: idea.endsOn,
  };
}
