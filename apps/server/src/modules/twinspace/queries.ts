import type { MyTwinspaces, TwinspaceHome } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { TwinspaceDb } from './tables.ts';

export type TeacherRow = { id: string; name: string; role: 'founder' | 'member'; schoolId: string };
export type PupilRow = {
  id: string;
  firstName: string;
  lastName: string;
  schoolId: string;
  imageConsent: 'none' | 'project' | 'public';
  accountConsentOn: string | null;
};
export type SchoolRow = { id: string; name: string; town: string; countryCode: string };

export async function teachersOf(db: TwinspaceDb, projectId: string): Promise<TeacherRow[]> {
  return db
    .selectFrom('project_members as m')
    .innerJoin('users as u', 'u.id', 'm.teacher_id')
    .select(['u.id', 'u.name', 'm.role', 'm.school_id as schoolId'])
    .where('m.project_id', '=', projectId)
    .orderBy('m.joined_at')
    .execute();
}

export async function pupilsOf(db: TwinspaceDb, projectId: string): Promise<PupilRow[]> {
  return db
    .selectFrom('project_pupils as pp')
    .innerJoin('pupils as p', 'p.user_id', 'pp.pupil_id')
    .select([
      'p.user_id as id',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.school_id as schoolId',
      'p.image_consent as imageConsent',
      sql<string | null>`p.account_consent_on::text`.as('accountConsentOn'),
    ])
    .where('pp.project_id', '=', projectId)
    .orderBy('p.first_name')
    .orderBy('p.user_id')
    .execute();
}

/** The project's schools: those of its teachers, and of pupils whose teacher has left. */
export async function schoolsOf(db: TwinspaceDb, schoolIds: string[]): Promise<SchoolRow[]> {
  if (schoolIds.length === 0) return [];
  return db
    .selectFrom('schools')
    .select(['id', 'name', 'town', 'country_code as countryCode'])
    .where('id', 'in', schoolIds)
    .orderBy('country_code')
    .orderBy('name')
    .execute();
}

// A pupil's name in the feed is their first name, as everywhere outside their own school.
const authorName = sql<string | null>`coalesce(author_pupil.first_name, author.name)`;

/**
 * The latest things that happened: pages made and edited, teachers who joined, pupils and
 * materials added. Pupils and materials come in batches (a class list, the photos of a trip), so
 * each batch is one line: pupils added by one person in one hour; materials one person put in one
 * album, each less than an hour after the one before. Every member may read all of it: materials
 * and albums are the whole TwinSpace's.
 */
export async function latestChangesOf(db: TwinspaceDb, projectId: string, limit: number): Promise<TwinspaceHome['latestChanges']> {
  const result = await sql<TwinspaceHome['latestChanges'][number]>`
    with material_starts as (
      select id, album_id, uploaded_by, created_at,
        case when created_at - lag(created_at) over (partition by uploaded_by, album_id order by created_at, id) < interval '1 hour' then 0 else 1 end as starts
      from materials where project_id = ${projectId}
    ), material_batches as (
      select *, sum(starts) over (partition by uploaded_by, album_id order by created_at, id) as batch from material_starts
    )
    select kind, "pageId", title, by, count, ${isoTime('changes.at')} as at from (
      select 'page_created' as kind, pg.id as "pageId", pg.title, ${authorName} as by, null::int as count, pg.created_at as at
        from twinspace_pages pg left join users author on author.id = pg.created_by left join pupils author_pupil on author_pupil.user_id = author.id
        where pg.project_id = ${projectId}
      union all
      select 'page_edited', pg.id, pg.title, ${authorName}, null, pg.updated_at
        from twinspace_pages pg left join users author on author.id = pg.updated_by left join pupils author_pupil on author_pupil.user_id = author.id
        where pg.project_id = ${projectId} and pg.updated_at > pg.created_at + interval '1 minute'
      union all
      select 'teacher_joined', null, null, author.name, null, m.joined_at
        from project_members m join users author on author.id = m.teacher_id where m.project_id = ${projectId}
      union all
      select 'pupils_joined', null, null, min(author.name), count(*)::int, min(pp.added_at)
        from project_pupils pp left join users author on author.id = pp.added_by
        where pp.project_id = ${projectId} group by pp.added_by, date_trunc('hour', pp.added_at)
      union all
      select 'materials_added', null, min(album.title), min(${authorName}), count(*)::int, max(material.created_at)
        from material_batches material left join albums album on album.id = material.album_id
          left join users author on author.id = material.uploaded_by left join pupils author_pupil on author_pupil.user_id = author.id
        group by material.uploaded_by, material.album_id, material.batch
    ) changes order by changes.at desc limit ${limit}`.execute(db);
  return result.rows;
}

export async function twinspacesOf(db: TwinspaceDb, actor: Actor): Promise<MyTwinspaces['twinspaces']> {
  const statuses = ['active', 'closed'] as const;
  if (actor.role === 'pupil') {
    return db
      .selectFrom('project_pupils as pp')
      .innerJoin('projects as p', 'p.id', 'pp.project_id')
      .select(['p.id as projectId', 'p.title', 'p.status', sql<'pupil'>`'pupil'`.as('role')])
      .where('pp.pupil_id', '=', actor.userId)
      .where('p.status', 'in', statuses)
      .orderBy('p.status')
      .orderBy('p.title')
      .execute();
  }
  return db
    .selectFrom('project_members as m')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .select(['p.id as projectId', 'p.title', 'p.status', 'm.role'])
    .where('m.teacher_id', '=', actor.userId)
    .where('p.status', 'in', statuses)
    .orderBy('p.status')
    .orderBy('p.title')
    .execute();
}
