import type { ProjectSummary, ProjectToReview } from '@jumelage/contracts';
import { sql } from 'kysely';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { ProjectsDb } from './tables.ts';
import type { Cursor } from '../../platform/http/cursor.ts';

/** A teacher's projects stay few (tens); the list has a bound all the same. */
export const myProjectsAtMost = 200;

export async function projectsOf(
  db: ProjectsDb,
  teacherId: string,
): Promise<(ProjectSummary & { hoursPerWeek: number | null; digitalTools: string })[]> {
  return db
    .selectFrom('project_members as m')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.is_public as isPublic',
      'm.role',
      'm.hours_per_week as hoursPerWeek',
      'm.digital_tools as digitalTools',
      isoTime('p.updated_at').as('updatedAt'),
      sql<string[]>`array(select distinct x.country_code::text from project_members x where x.project_id = p.id order by 1)`.as(
        'countries',
      ),
      sql<number>`(select count(*)::int from project_members x where x.project_id = p.id)`.as('memberCount'),
    ])
    .where('m.teacher_id', '=', teacherId)
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(myProjectsAtMost)
    .execute();
}

/** Submitted projects that wait for one country's answer, oldest submission first. */
export async function projectsAwaiting(
  db: ProjectsDb,
  countryCode: string,
  after: Cursor | undefined,
  limit: number,
): Promise<(ProjectToReview & { cursorTime: string })[]> {
  const afterCursor = after ? sql`and (p.submitted_at, p.id) > (${after.time}::timestamptz, ${after.id}::uuid)` : sql``;
  const { rows } = await sql<ProjectToReview & { cursorTime: string }>`
    select p.id, p.title, p.summary, ${isoTime('p.submitted_at')} as "submittedAt", ${isoTime('p.submitted_at')} as "cursorTime",
      (select json_agg(json_build_object('id', u.id, 'name', u.name, 'schoolName', s.name, 'town', s.town, 'countryCode', m.country_code) order by m.joined_at)
        from project_members m join users u on u.id = m.teacher_id join schools s on s.id = m.school_id
        where m.project_id = p.id and m.role = 'founder') as founders,
      (select json_agg(json_build_object('countryCode', x.country_code, 'status', x.status) order by x.country_code)
        from project_country_reviews x where x.project_id = p.id) as countries
    from project_country_reviews r join projects p on p.id = r.project_id
    where r.country_code = ${countryCode} and r.status = 'pending' and p.status = 'submitted' ${afterCursor}
    order by p.submitted_at, p.id
    limit ${limit}
  `.execute(db);
  return rows;
}

export async function countAwaiting(db: ProjectsDb, countryCode: string): Promise<number> {
  const row = await db
    .selectFrom('project_country_reviews as r')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('r.country_code', '=', countryCode)
    .where('r.status', '=', 'pending')
    .where('p.status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
