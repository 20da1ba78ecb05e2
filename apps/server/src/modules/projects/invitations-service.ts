import type { InvitationBody } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent as recordDomainEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { isBlockedEitherWay, linkBetween } from '../contacts/module.ts';
import { closeInvitation, insertInvitation, lockInvitation } from './invitation-queries.ts';
import { insertMember, lockProject, recordEvent, roleIn, teacherIdsOf } from './queries.ts';
import { projectPolicy } from './policy.ts';
import { changeProject } from './service.ts';

type Dependencies = Pick<AppDependencies, 'database' | 'events'>;

export async function inviteToProject(
  dependencies: Dependencies,
  actor: Actor,
  projectId: string,
  body: InvitationBody,
): Promise<{ id: string }> {
  const id = await changeProject(
    dependencies,
    actor,
    projectId,
    body.role === 'founder' ? 'inviteFounders' : 'inviteMembers',
    async (db, project) => {
      const invitee = await db
        .selectFrom('users')
        .select(['id', 'name', 'role', 'status'])
        .where('id', '=', body.teacherId)
        .executeTakeFirst();
      if (
        !invitee ||
        invitee.role !== 'teacher' ||
        invitee.status !== 'validated' ||
        (await isBlockedEitherWay(db, actor.userId, invitee.id))
      ) {
        throw new AppError('teacher_not_invitable', 'Only validated teachers can be invited');
      }
      if (await roleIn(db, projectId, invitee.id)) throw new AppError('already_member', `${invitee.name} is already in the project`);
      if (body.role === 'founder' && (await linkBetween(db, actor.userId, invitee.id))?.status !== 'accepted') {
        throw new AppError('teacher_not_invitable', 'Invite one of your contacts as co-founder');
      }
      const invitationId = await insertInvitation(db, {
        projectId,
        inviteeId: invitee.id,
        inviterId: actor.userId,
        role: body.role,
        message: body.message,
      });
      if (!invitationId) throw new AppError('already_invited', `${invitee.name} is already invited`);
      const inviter = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      const payload = { projectId, projectTitle: project.title, inviteeId: invitee.id, inviterName: inviter.name, role: body.role };
      await recordDomainEvent(db, {
        type: 'projects.invited',
        actorId: actor.userId,
        subject: { type: 'project', id: projectId },
        payload,
      });
      return invitationId;
    },
  );
  return { id };
}

export async function withdrawInvitation(dependencies: Dependencies, actor: Actor, projectId: string, invitationId: string): Promise<void> {
  await changeProject(dependencies, actor, projectId, 'withdrawInvitation', async (db) => {
    const invitation = await lockInvitation(db, invitationId);
    if (!invitation || invitation.projectId !== projectId) throw notFound('This invitation');
    if (invitation.status !== 'pending') throw new AppError('invitation_already_answered', 'This invitation was already answered');
    await closeInvitation(db, invitationId, 'withdrawn');
  });
}

/**
 * The invitee answers. Accepting adds them with their school, under the project's lock: an
 * invitation to co-found a project that was submitted meanwhile, or to join one that closed, fails.
 */
export async function answerInvitation(
  dependencies: Dependencies,
  actor: Actor,
  invitationId: string,
  answer: 'accept' | 'decline',
): Promise<{ projectId: string }> {
  const projectId = await unitOfWork(dependencies, async (db) => {
    const found = await lockInvitation(db, invitationId);
    const locked = found && (await lockProject(db, found.projectId));
    authorize(
      projectPolicy,
      actor,
      answer === 'accept' ? 'acceptInvitation' : 'declineInvitation',
      found && locked && { ...found, projectStatus: locked.status },
    );
    const [invitation, project] = [found!, locked!];
    const me = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    const about = { actorId: actor.userId, subject: { type: 'project', id: project.id } };
    const answered = { projectId: project.id, projectTitle: project.title, inviteeName: me.name };
    if (answer === 'decline') {
      await closeInvitation(db, invitationId, 'declined');
      if (invitation.inviterId)
        await recordDomainEvent(db, {
          type: 'projects.invitation_answered',
          ...about,
          payload: { ...answered, inviterId: invitation.inviterId, answer: 'declined' },
        });
      return project.id;
    }
    await closeInvitation(db, invitationId, 'accepted');
    await insertMember(db, project.id, actor.userId, invitation.role);
    await recordEvent(db, project.id, 'joined', actor.userId);
    if (invitation.role === 'member') {
      const payload = {
        projectId: project.id,
        projectTitle: project.title,
        memberName: me.name,
        founderIds: await teacherIdsOf(db, project.id, 'founder'),
      };
      await recordDomainEvent(db, { type: 'projects.member_joined', ...about, payload });
    } else if (invitation.inviterId) {
      await recordDomainEvent(db, {
        type: 'projects.invitation_answered',
        ...about,
        payload: { ...answered, inviterId: invitation.inviterId, answer: 'accepted' },
      });
    }
    return project.id;
  });
  return { projectId };
}
