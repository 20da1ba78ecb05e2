import type { Actor } from '../../platform/auth/actor.ts';
import type { PupilsDb } from './tables.ts';
import { notFound } from '../../platform/errors.ts';
import { twinspacePolicy } from '../twinspace/module.ts';
import { teacherById, teachersOfPupilSchool, tiesWithPupils } from './queries.ts';

/** The pupils among these that a teacher looks after (see twinspacePolicy.lookAfterPupil). */
export async function pupilsLookedAfterBy(db: PupilsDb, teacherId: string, pupilIds: string[]): Promise<ReadonlySet<string>> {
  const [teacher, ties] = await Promise.all([teacherById(db, teacherId), tiesWithPupils(db, teacherId, pupilIds)]);
  if (!teacher) return new Set();
  return new Set(ties.filter((pupil) => twinspacePolicy.lookAfterPupil(teacher, { ...pupil, teacherSchoolId: teacher.schoolId })).map((pupil) => pupil.pupilId));
}

/** A pupil someone does not look after is "not found" to them, as for anyone who may not see them. */
export async function requireLookingAfter(db: PupilsDb, actor: Actor, pupilId: string): Promise<void> {
  if (!(await pupilsLookedAfterBy(db, actor.userId, [pupilId])).has(pupilId)) throw notFound('This pupil');
}

/** Everyone who looks after a pupil. */
export async function teachersLookingAfter(db: PupilsDb, pupilId: string): Promise<string[]> {
  const teachers = await teachersOfPupilSchool(db, pupilId);
  return teachers.filter((teacher) => twinspacePolicy.lookAfterPupil(teacher, teacher)).map((teacher) => teacher.userId);
}
