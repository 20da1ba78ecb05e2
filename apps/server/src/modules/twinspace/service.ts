import type { AttentionKind, MyTwinspaces, TwinspaceHome, TwinspaceSchool } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { abilities, authorize } from '../../platform/auth/policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { requireMembership, type Membership } from './access.ts';
import { twinspacePolicy } from './policy.ts';
import { countPages } from '../pages/module.ts';
import { partnerSubject, projectPolicy } from '../projects/module.ts';
import { pupilsLookedAfterBy } from '../pupils/module.ts';
import { latestChangesOf, pupilsOf, schoolsOf, teachersOf, twinspacesOf, type PupilRow, type TeacherRow } from './queries.ts';

/** The TwinSpace's home: who is in it by school, what changed lately, what waits for me. */
export async function twinspaceHome({ database }: AppDependencies, actor: Actor, projectId: string): Promise<TwinspaceHome> {
  const db = database.db;
  const member = await requireMembership(db, actor, projectId);
  const [teachers, pupils, pageCount, latestChanges] = await Promise.all([
    teachersOf(db, projectId),
    pupilsOf(db, projectId),
    countPages(db, projectId),
    latestChangesOf(db, projectId, 15),
  ]);
  const [schools, lookedAfter] = await Promise.all([
    schoolsOf(db, [...new Set([...teachers, ...pupils].map((person) => person.schoolId))]),
    pupilsLookedAfterBy(
      db,
      actor.userId,
      pupils.map((pupil) => pupil.id),
    ),
  ]);
  return {
    project: { id: projectId, title: member.projectTitle, status: member.projectStatus },
    me: {
      role: member.role,
      schoolId: member.schoolId,
      can: abilities(twinspacePolicy, actor, ['write', 'administer', 'managePupils'], member),
    },
    schools: schools.map((school) => ({
      ...school,
      teachers: teachersAt(actor, member, teachers, school.id),
      pupils: pupilsAt(actor, pupils, school.id, member, lookedAfter),
    })),
    attention: attentionFor(actor, member, pupils, pageCount),
    latestChanges,
  };
}

function teachersAt(actor: Actor, member: Membership, teachers: TeacherRow[], schoolId: string): TwinspaceSchool['teachers'] {
  const project = partnerSubject(member.projectStatus, member.role === 'pupil' ? undefined : member.role);
  return teachers
    .filter((teacher) => teacher.schoolId === schoolId)
    .map(({ id, name, role }) => ({
      id,
      name,
      role,
      can: { remove: projectPolicy.can(actor, 'removeMember', { ...project, target: { userId: id, role } }) },
    }));
}

function pupilsAt(
  actor: Actor,
  pupils: PupilRow[],
  schoolId: string,
  member: Membership,
  lookedAfter: ReadonlySet<string>,
): TwinspaceSchool['pupils'] {
  return pupils
    .filter((pupil) => pupil.schoolId === schoolId)
    .map((pupil) => ({
      id: pupil.id,
      firstName: pupil.firstName,
      lastName: twinspacePolicy.can(actor, 'seePupilInFull', { member, pupilSchoolId: schoolId }) ? pupil.lastName : null,
      imageConsent: lookedAfter.has(pupil.id) ? pupil.imageConsent : null,
    }));
}

function attentionFor(actor: Actor, member: Membership, pupils: PupilRow[], pageCount: number): TwinspaceHome['attention'] {
  if (!twinspacePolicy.can(actor, 'managePupils', member)) return [];
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
  authorize(twinspacePolicy, actor, 'listMine');
  return { twinspaces: await twinspacesOf(database.db, actor) };
}
