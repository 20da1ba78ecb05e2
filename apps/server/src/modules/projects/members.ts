import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { projectPolicy } from './policy.ts';
import { lockProject, recordEvent, roleIn } from './queries.ts';
import { subjectOf } from './service.ts';
import { unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';

/**
 * A founder takes a member teacher out of the project, or a member teacher leaves it. Founders
 * stay: the project was approved with them. Their open pages close at once.
 */
export async function removeMember(dependencies: AppDependencies, actor: Actor, projectId: string, teacherId: string): Promise<void> {
  await unitOfWork(dependencies, async (db) => {
    const subject = await subjectOf(db, actor, await lockProject(db, projectId));
    authorize(
      projectPolicy,
      actor,
      'removeMember',
      subject && { ...subject, target: { userId: teacherId, role: await roleIn(db, projectId, teacherId) } },
    );
    const leaving = teacherId === actor.userId;
    await db.deleteFrom('project_members').where('project_id', '=', projectId).where('teacher_id', '=', teacherId).execute();
    await recordEvent(db, projectId, leaving ? 'left' : 'removed', actor.userId);
    await recordAccessChange(db, actor.userId, { projectId, userId: teacherId });
  });
}
