import assert from 'node:assert/strict';
import type { TwinspaceRole } from '@jumelage/contracts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Verdict } from '../platform/auth/policy.ts';
import type { Membership } from '../modules/twinspace/module.ts';

function actor(userId: string, values: Partial<Actor>): Actor {
  return { userId, sessionId: `session of ${userId}`, role: 'teacher', status: 'validated', countryCode: 'FR', ...values };
}

/** The people policy tests ask about: every role and account status, officers of two countries. */
export const people = {
  anonymous: undefined,
  teacher: actor('teacher', {}),
  pendingTeacher: actor('pending teacher', { status: 'pending' }),
  rejectedTeacher: actor('rejected teacher', { status: 'rejected' }),
  officer: actor('officer', { role: 'nss' }),
  officerElsewhere: actor('officer elsewhere', { role: 'nss', countryCode: 'DE' }),
  admin: actor('admin', { role: 'admin', countryCode: null }),
  pupil: actor('pupil', { role: 'pupil' }),
} satisfies Record<string, Actor | undefined>;

export type Person = keyof typeof people;

/** An expected answer, as the HTTP status it becomes ('ok' when allowed). */
export type Expected = 'ok' | 401 | 403 | 404 | 409;
const expectedOf: Record<Verdict, Expected> = { allowed: 'ok', unauthenticated: 401, forbidden: 403, hidden: 404, not_now: 409 };

/** Compares a policy's answers with a table: one row per case, its label saying who asks what. */
export function assertVerdicts(rows: ReadonlyArray<readonly [label: string, expected: Expected, answer: () => Verdict]>): void {
  const wrong = rows
    .map(([label, expected, answer]) => [label, expected, expectedOf[answer()]] as const)
    .filter(([, expected, actual]) => expected !== actual);
  assert.deepEqual(
    wrong.map(([label, expected, actual]) => `${label}: expected ${expected}, got ${actual}`),
    [],
  );
}

/**
 * The rows of a table that gives, for each action and asker, one answer per state of the subject
 * ('ok 409' for two states); an asker the action does not name answers as `unnamed` says.
 */
export function tableRows<Action extends string, Asker extends string, State extends string>(
  table: Record<Action, Partial<Record<Asker, string>>>,
  unnamed: Record<Asker, string>,
  states: readonly State[],
  answer: (action: Action, asker: Asker, state: State) => Verdict,
): Array<readonly [string, Expected, () => Verdict]> {
  return (Object.entries(table) as Array<[Action, Partial<Record<Asker, string>>]>).flatMap(([action, named]) =>
    (Object.keys(unnamed) as Asker[]).flatMap((asker) =>
      (named[asker] ?? unnamed[asker])
        .split(' ')
        .map((token, index): readonly [string, Expected, () => Verdict] => [
          `${asker} ${action} (${states[index]})`,
          token === 'ok' ? 'ok' : (Number(token) as Expected),
          () => answer(action, asker, states[index]!),
        ]),
    ),
  );
}

/** A TwinSpace is active or closed (read-only). */
export const twinspaceStates = ['active', 'closed'] as const;
type TwinspaceState = (typeof twinspaceStates)[number];

export function membership(role: TwinspaceRole, projectStatus: TwinspaceState, schoolId = 'school'): Membership {
  return { projectId: 'project', projectTitle: 'One story', projectStatus, userId: role, role, schoolId };
}

/**
 * Who asks, and their place in the TwinSpace. Only validated teachers and pupils with consent are
 * ever members (access.ts); everyone else has no membership.
 */
export const twinspaceAskers = {
  founder: ['teacher', 'founder'],
  'member teacher': ['teacher', 'member'],
  pupil: ['pupil', 'pupil'],
  'teacher of another project': ['teacher', undefined],
  'pending teacher': ['pendingTeacher', undefined],
  'rejected teacher': ['rejectedTeacher', undefined],
  'pupil of another project': ['pupil', undefined],
  officer: ['officer', undefined],
  'officer of another country': ['officerElsewhere', undefined],
  admin: ['admin', undefined],
  anonymous: ['anonymous', undefined],
} satisfies Record<string, [Person, TwinspaceRole | undefined]>;
type TwinspaceAsker = keyof typeof twinspaceAskers;

/** Strangers never see a TwinSpace; members are refused (403) what the table does not allow them. */
export const twinspaceUnnamed: Record<TwinspaceAsker, string> = {
  founder: '403 403',
  'member teacher': '403 403',
  pupil: '403 403',
  'teacher of another project': '404 404',
  'pending teacher': '404 404',
  'rejected teacher': '404 404',
  'pupil of another project': '404 404',
  officer: '404 404',
  'officer of another country': '404 404',
  admin: '404 404',
  anonymous: '404 404',
};

export function askerIn(asker: TwinspaceAsker, status: TwinspaceState) {
  const [person, role] = twinspaceAskers[asker];
  return { person: people[person], member: role && membership(role, status) };
}
