import { forbidden, type Actor } from '../../platform/auth/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { lockProject, recordEvent, roleIn } from './queries.ts';
import { unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';

/**
 * A founder takes a member teacher out of the project, or a member teacher leaves it. Founders
 * stay: the project was approved with them. Their open pages close at once.
 */
export async function removeMember(dependencies: AppDependencies, actor: Actor, projectId: string, teacherId: string): Promise<void> {
  await unitOfWork(dependencies, async (db) => {
    const project = await lockProject(db, projectId);
    const actorRole = project && (await roleIn(db, projectId, actor.userId));
    if (!project || !actorRole || actor.role !== 'teacher') throw notFound('This project');
    const leaving = teacherId === actor.userId;
    if (!leaving && actorRole !== 'founder') throw forbidden('Only founders take a member out of the project');
    const role = await roleIn(db, projectId, teacherId);
    if (!role) throw notFound('This member');
    if (role === 'founder') throw new AppError('conflict', 409, 'Founders stay in the project they founded');
    await db.deleteFrom('project_members').where('project_id', '=', projectId).where('teacher_id', '=', teacherId).execute();
    await recordEvent(db, projectId, leaving ? 'left' : 'removed', actor.userId);
    await recordAccessChange(db, actor.userId, { projectId, userId: teacherId });
  });
}
