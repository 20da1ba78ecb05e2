import assert from 'node:assert/strict';
import { pageDetailSchema, type PageDetail, type PupilCards } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import { insertMember } from '../modules/projects/queries.ts';
import type { Schema } from '../platform/db/schema.ts';
import type { App } from '../platform/http/app-plugin.ts';
import { asSignedIn, buildUser, signIn, type SignedIn } from './factories.ts';
import { buildProject } from './project-factory.ts';

export type Person = { id: string; session: SignedIn };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests as a signed-in person (or a visitor), over app.inject. */
export function caller(app: App) {
  return (who: Person | undefined, method: Method, url: string, payload?: unknown) => {
    const headers = who ? (method === 'GET' ? { cookie: who.session.cookie } : asSignedIn(who.session)) : {};
    return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  };
}

export async function expectStatus<Response extends { statusCode: number; body: string }>(
  response: Response,
  status: number,
): Promise<Response> {
  assert.equal(response.statusCode, status, response.body);
  return response;
}

/**
 * An active project with a founder in France and one in Poland, and a member teacher at the
 * French founder's school.
 */
export async function buildTwinspace(app: App, db: Kysely<Schema>, title = 'A story in two languages') {
  const project = await buildProject(db, { title, countries: ['FR', 'PL'] });
  const [founderFR, founderPL] = project.founders as [(typeof project.founders)[0], (typeof project.founders)[0]];
  const frSchool = await db.selectFrom('users').select('school_id').where('id', '=', founderFR.id).executeTakeFirstOrThrow();
  const memberFR = await buildUser(db, { countryCode: 'FR', schoolId: frSchool.school_id!, name: 'Member France' });
  await insertMember(db, project.id, memberFR.id, 'member');
  const signed = async (user: { id: string; email: string; password: string }): Promise<Person> => ({
    id: user.id,
    session: await signIn(app, user),
  });
  return {
    projectId: project.id,
    founderFR: await signed(founderFR),
    founderPL: await signed(founderPL),
    memberFR: await signed(memberFR),
  };
}

/** Creates pupils through the API, with the families' agreement recorded today unless told. */
export async function createPupils(
  app: App,
  teacher: Person,
  projectId: string,
  names: string[],
  accountConsentOn: string | null = new Date().toISOString().slice(0, 10),
): Promise<PupilCards['cards']> {
  const pupils = names.map((name) => ({ firstName: name.split(' ')[0]!, lastName: name.split(' ').slice(1).join(' ') }));
  const response = await expectStatus(
    await caller(app)(teacher, 'POST', `/api/projects/${projectId}/pupils`, { pupils, accountConsentOn }),
    201,
  );
  return response.json<PupilCards>().cards;
}

/** Signs a pupil in with their card and replaces the card's password, as the first sign-in asks. */
export async function signInPupil(
  app: App,
  card: { id: string; username: string; password: string },
  newPassword = 'my own secret words',
): Promise<Person> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session/pupil',
    payload: { username: card.username, password: card.password },
  });
  assert.equal(response.statusCode, 200, response.body);
  const cookie = response.cookies.find((candidate) => candidate.name === 'jumelage_session')!;
  const pupil: Person = {
    id: card.id,
    session: { cookie: `jumelage_session=${cookie.value}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken },
  };
  await expectStatus(await caller(app)(pupil, 'PUT', '/api/account/password', { currentPassword: card.password, newPassword }), 204);
  return pupil;
}

/** A new page of the project, as the teacher creates it, and how it reads then. */
export async function createPage(app: App, teacher: Person, projectId: string, title: string, parentId?: string): Promise<PageDetail> {
  const call = caller(app);
  const { id } = (
    await expectStatus(await call(teacher, 'POST', `/api/projects/${projectId}/pages`, { title, ...(parentId ? { parentId } : {}) }), 201)
  ).json<{ id: string }>();
  return pageDetailSchema.parse((await expectStatus(await call(teacher, 'GET', `/api/pages/${id}`), 200)).json());
}
