import type { ProjectStatus, TwinspaceRole } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, type ActionOn } from '../../platform/auth/policy.ts';
import type { TwinspaceDb } from './tables.ts';
import { twinspacePolicy, type TwinspaceSubject } from './policy.ts';

/** Someone's place in a project's TwinSpace, which exists once every founding country approved. */
export type Membership = {
  projectId: string;
  projectTitle: string;
  projectStatus: ProjectStatus;
  userId: string;
  role: TwinspaceRole;
  schoolId: string;
};

const twinspaceStatuses: ProjectStatus[] = ['active', 'closed'];

export async function membershipOf(db: TwinspaceDb, actor: Actor, projectId: string): Promise<Membership | undefined> {
  if (actor.role === 'teacher' && actor.status === 'validated') {
    return db
      .selectFrom('project_members as m')
      .innerJoin('projects as p', 'p.id', 'm.project_id')
      .select([
        'p.id as projectId',
        'p.title as projectTitle',
        'p.status as projectStatus',
        'm.teacher_id as userId',
        'm.role',
        'm.school_id as schoolId',
      ])
      .where('m.project_id', '=', projectId)
      .where('m.teacher_id', '=', actor.userId)
      .where('p.status', 'in', twinspaceStatuses)
      .executeTakeFirst();
  }
  if (actor.role === 'pupil') {
    const row = await db
      .selectFrom('project_pupils as pp')
      .innerJoin('projects as p', 'p.id', 'pp.project_id')
      .innerJoin('pupils', 'pupils.user_id', 'pp.pupil_id')
      .select([
        'p.id as projectId',
        'p.title as projectTitle',
        'p.status as projectStatus',
        'pp.pupil_id as userId',
        'pupils.school_id as schoolId',
      ])
      .where('pp.project_id', '=', projectId)
      .where('pp.pupil_id', '=', actor.userId)
      .where('pupils.account_consent_on', 'is not', null)
      .where('p.status', 'in', twinspaceStatuses)
      .executeTakeFirst();
    return row && { ...row, role: 'pupil' };
  }
  return undefined;
}

/** The actor's membership, once the TwinSpace policy allowed the action (a TwinSpace the actor is not in does not exist for them). */
export async function requireMembership(
  db: TwinspaceDb,
  actor: Actor,
  projectId: string,
  action: ActionOn<typeof twinspacePolicy, TwinspaceSubject> = 'read',
): Promise<Membership> {
  const membership = await membershipOf(db, actor, projectId);
  authorize(twinspacePolicy, actor, action, membership);
  return membership!;
}
