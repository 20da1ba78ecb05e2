import { type TeacherDecisionRequest, type TeacherDecisionResponse, type ValidationQueueResponse } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { invalidField } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { accountPolicy } from '../accounts/module.ts';
import { countPendingTeachers, decideTeachers, pendingTeachers } from './queries.ts';

/** The country an officer works for; an admin names one. */
function countryOf(actor: Actor, requested: string | undefined): string {
  authorize(accountPolicy, actor, 'validateTeachers');
  const country = accountPolicy.can(actor, 'workForAnyCountry') ? requested : actor.countryCode;
  if (!country) throw invalidField('query.country', 'required', 'is required for an administrator');
  authorize(accountPolicy, actor, 'validateTeachersOf', { countryCode: country });
  return country;
}

export async function validationQueue(
  { database }: AppDependencies,
  actor: Actor,
  query: { country?: string | undefined; after?: string | undefined; limit: number },
): Promise<ValidationQueueResponse> {
  const country = countryOf(actor, query.country);
  const after = query.after ? decodeCursor(query.after, 'after') : undefined;
  const [teachers, total] = await Promise.all([
    pendingTeachers(database.db, country, after, query.limit + 1),
    countPendingTeachers(database.db, country),
  ]);
  const page = teachers.slice(0, query.limit);
  const last = page.at(-1);
  return {
    teachers: page,
    total,
    nextCursor: teachers.length > query.limit && last ? encodeCursor({ time: last.waitingSince, id: last.id }) : null,
  };
}

export async function decideOnTeachers(
  dependencies: AppDependencies,
  actor: Actor,
  request: TeacherDecisionRequest,
  countryRequested: string | undefined,
): Promise<TeacherDecisionResponse> {
  const country = countryOf(actor, countryRequested);
  const status = request.decision === 'validate' ? 'validated' : 'rejected';
  const reason = status === 'rejected' ? (request.reason ?? '') : null;
  const decided = await unitOfWork(dependencies, async (db) => {
    const teachers = await decideTeachers(db, {
      teacherIds: request.teacherIds,
      countryCode: country,
      status,
      reason,
      officerId: actor.userId,
    });
    for (const teacher of teachers) {
      await recordEvent(db, {
        type: 'nss.teacher_decided',
        actorId: actor.userId,
        subject: { type: 'user', id: teacher.id },
        payload: { reason },
      });
    }
    return teachers.map((teacher) => teacher.id);
  });
  return { decided, skipped: request.teacherIds.filter((id) => !decided.includes(id)) };
}
