import assert from 'node:assert/strict';
import type { Actor } from '../platform/auth/actor.ts';
import type { Verdict } from '../platform/auth/policy.ts';

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
  const wrong = rows.map(([label, expected, answer]) => [label, expected, expectedOf[answer()]] as const).filter(([, expected, actual]) => expected !== actual);
  assert.deepEqual(wrong.map(([label, expected, actual]) => `${label}: expected ${expected}, got ${actual}`), []);
}
