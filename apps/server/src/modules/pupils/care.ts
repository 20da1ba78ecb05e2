import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { PupilsDb } from './tables.ts';
import { pupilPolicy, type PupilTies } from './policy.ts';
import { teacherById, teachersOfPupilSchool, tiesWithPupils } from './queries.ts';

/** What ties a teacher to each of these pupils, by pupil; a pupil who does not exist has none. */
async function tiesByPupil(
  db: PupilsDb,
  teacherId: string,
  pupilIds: string[],
): Promise<{ teacher: Awaited<ReturnType<typeof teacherById>>; ties: Map<string, PupilTies> }> {
  const [teacher, rows] = await Promise.all([teacherById(db, teacherId), tiesWithPupils(db, teacherId, pupilIds)]);
  return { teacher, ties: new Map(rows.map(({ pupilId, ...ties }) => [pupilId, { ...ties, teacherSchoolId: teacher?.schoolId ?? null }])) };
}

/** The pupils among these that a teacher looks after (see pupilPolicy). */
export async function pupilsLookedAfterBy(db: PupilsDb, teacherId: string, pupilIds: string[]): Promise<ReadonlySet<string>> {
  const { teacher, ties } = await tiesByPupil(db, teacherId, pupilIds);
  return new Set([...ties].filter(([, pupil]) => pupilPolicy.can(teacher, 'lookAfter', pupil)).map(([pupilId]) => pupilId));
}

/** Asks the pupil policy about each pupil: the first it refuses ends the request. */
export async function authorizeForPupils(
  db: PupilsDb,
  actor: Actor,
  action: 'lookAfter' | 'addToTwinspace',
  pupilIds: string[],
): Promise<void> {
  const { ties } = await tiesByPupil(db, actor.userId, pupilIds);
  for (const pupilId of new Set(pupilIds)) authorize(pupilPolicy, actor, action, ties.get(pupilId));
}

/** Everyone who looks after a pupil. */
export async function teachersLookingAfter(db: PupilsDb, pupilId: string): Promise<string[]> {
  const teachers = await teachersOfPupilSchool(db, pupilId);
  return teachers.filter((teacher) => pupilPolicy.can(teacher, 'lookAfter', teacher)).map((teacher) => teacher.userId);
}
