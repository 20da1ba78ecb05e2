import type { AttentionKind, MyTwinspaces, TwinspaceHome, TwinspaceSchool } from '@jumelage/contracts';
import { forbidden, type Actor } from '../../platform/auth/actor.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { requireMembership, type Membership } from './access.ts';
import { twinspacePolicy } from './policy.ts';
import { countPages } from '../pages/module.ts';
import { pupilsLookedAfterBy } from '../pupils/module.ts';
import { latestChangesOf, pupilsOf, schoolsOf, teachersOf, twinspacesOf, type PupilRow, type TeacherRow } from './queries.ts';

/** The TwinSpace's home: who is in it by school, what changed lately, what waits for me. */
export async function twinspaceHome({ database }: AppDependencies, actor: Actor, projectId: string): Promise<TwinspaceHome> {
  const db = database.db;
  const member = await requireMembership(db, actor, projectId);
  const [teachers, pupils, pageCount, latestChanges] = await Promise.all([teachersOf(db, projectId), pupilsOf(db, projectId), countPages(db, projectId), latestChangesOf(db, projectId, 15)]);
  const [schools, lookedAfter] = await Promise.all([
    schoolsOf(db, [...new Set([...teachers, ...pupils].map((person) => person.schoolId))]),
    pupilsLookedAfterBy(db, actor.userId, pupils.map((pupil) => pupil.id)),
  ]);
  return {
    project: { id: projectId, title: member.projectTitle, status: member.projectStatus },
    me: {
      role: member.role,
      schoolId: member.schoolId,
      can: { write: twinspacePolicy.write(member), administer: twinspacePolicy.administer(member), managePupils: twinspacePolicy.managePupils(member) },
    },
    schools: schools.map((school) => ({ ...school, teachers: teachersAt(teachers, school.id), pupils: pupilsAt(pupils, school.id, member, lookedAfter) })),
    attention: attentionFor(member, pupils, pageCount),
    latestChanges,
  };
}

function teachersAt(teachers: TeacherRow[], schoolId: string): TwinspaceSchool['teachers'] {
  return teachers.filter((teacher) => teacher.schoolId === schoolId).map(({ id, name, role }) => ({ id, name, role }));
}

function pupilsAt(pupils: PupilRow[], schoolId: string, member: Membership, lookedAfter: ReadonlySet<string>): TwinspaceSchool['pupils'] {
  return pupils
    .filter((pupil) => pupil.schoolId === schoolId)
    .map((pupil) => ({
      id: pupil.id,
      firstName: pupil.firstName,
      lastName: twinspacePolicy.seePupilInFull(member, schoolId) ? pupil.lastName : null,
      imageConsent: lookedAfter.has(pupil.id) ? pupil.imageConsent : null,
    }));
}

function attentionFor(member: Membership, pupils: PupilRow[], pageCount: number): TwinspaceHome['attention'] {
  if (!twinspacePolicy.managePupils(member)) return [];
  const mine = pupils.filter((pupil) => pupil.schoolId === member.schoolId);
  const items: Array<[AttentionKind, number]> = [
    ['pupils_to_add', mine.length === 0 ? 1 : 0],
    ['pupils_without_account_consent', mine.filter((pupil) => !pupil.accountConsentOn).length],
    ['pupils_without_image_consent', mine.filter((pupil) => pupil.imageConsent === 'none').length],
    ['first_page', pageCount === 0 ? 1 : 0],
  ];
  return items.filter(([, count]) => count > 0).map(([kind, count]) => ({ kind, count }));
}

/** The TwinSpaces I am in: a pupil's whole world on the platform. */
export async function myTwinspaces({ database }: AppDependencies, actor: Actor): Promise<MyTwinspaces> {
  if (actor.role !== 'pupil' && !(actor.role === 'teacher' && actor.status === 'validated')) throw forbidden();
  return { twinspaces: await twinspacesOf(database.db, actor) };
}
