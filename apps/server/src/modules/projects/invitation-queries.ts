import type { MyInvitation, ProjectDetail, ProjectRole } from '@jumelage/contracts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { ProjectsDb } from './tables.ts';

type Invitation = ProjectDetail['invitations'][number];
type MyInvitationOfProject = NonNullable<ProjectDetail['myInvitation']>;

export async function pendingInvitationsOf(db: ProjectsDb, projectId: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('project_invitations as i')
    .innerJoin('users as u', 'u.id', 'i.invitee_id')
    .innerJoin('schools as s', 's.id', 'u.school_id')
    .select([
      'i.id',
      'i.role',
      'i.message',
      'i.status',
      isoTime('i.created_at').as('createdAt'),
      'u.id as userId',
      'u.name',
      's.name as schoolName',
      's.town',
      'u.country_code as countryCode',
    ])
    .where('i.project_id', '=', projectId)
    .where('i.status', '=', 'pending')
    .orderBy('i.created_at')
    .execute();
  return rows.map(({ userId, name, schoolName, town, countryCode, ...invitation }) => ({
    ...invitation,
    invitee: { id: userId, name, schoolName, town, countryCode: countryCode! },
  }));
}

export async function pendingInvitationOf(
  db: ProjectsDb,
  projectId: string,
  inviteeId: string,
): Promise<MyInvitationOfProject | undefined> {
  return db
    .selectFrom('project_invitations as i')
    .leftJoin('users as u', 'u.id', 'i.inviter_id')
    .select(['i.id', 'i.role', 'i.message', 'i.status', isoTime('i.created_at').as('createdAt'), 'u.name as inviterName'])
    .where('i.project_id', '=', projectId)
    .where('i.invitee_id', '=', inviteeId)
    .where('i.status', '=', 'pending')
    .executeTakeFirst();
}

/** Invitations waiting for this teacher's answer, newest first. */
export async function invitationsFor(db: ProjectsDb, inviteeId: string): Promise<MyInvitation[]> {
  const rows = await db
    .selectFrom('project_invitations as i')
    .innerJoin('projects as p', 'p.id', 'i.project_id')
    .leftJoin('users as u', 'u.id', 'i.inviter_id')
    .select([
      'i.id',
      'i.role',
      'i.message',
      isoTime('i.created_at').as('createdAt'),
      'u.name as inviterName',
      'p.id as projectId',
      'p.title',
      'p.status',
    ])
    .where('i.invitee_id', '=', inviteeId)
    .where('i.status', '=', 'pending')
    .orderBy('i.created_at', 'desc')
    .execute();
  return rows.map(({ projectId, title, status, ...invitation }) => ({ ...invitation, project: { id: projectId, title, status } }));
}

export async function insertInvitation(
  db: ProjectsDb,
  values: { projectId: string; inviteeId: string; inviterId: string; role: ProjectRole; message: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto('project_invitations')
    .values({
      project_id: values.projectId,
      invitee_id: values.inviteeId,
      inviter_id: values.inviterId,
      role: values.role,
      message: values.message,
    })
    .onConflict((conflict) => conflict.columns(['project_id', 'invitee_id']).where('status', '=', 'pending').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function lockInvitation(db: ProjectsDb, id: string) {
  return db
    .selectFrom('project_invitations')
    .select(['id', 'project_id as projectId', 'invitee_id as inviteeId', 'inviter_id as inviterId', 'role', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function closeInvitation(db: ProjectsDb, id: string, status: 'accepted' | 'declined' | 'withdrawn'): Promise<void> {
  await db.updateTable('project_invitations').set({ status, decided_at: new Date() }).where('id', '=', id).execute();
}
