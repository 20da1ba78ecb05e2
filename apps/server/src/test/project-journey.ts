import assert from 'node:assert/strict';
import { errorBodySchema, projectDetailSchema, type ProjectDetail, type ProjectPatch } from '@jumelage/contracts';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser, type SignedIn } from './factories.ts';

export type Person = { user: BuiltUser; session: SignedIn };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Everything a project's founders fill in before they may submit it. */
export const completeContent: ProjectPatch = {
  summary: 'Pupils write one story together, a chapter per school.',
  description: 'Each school writes a chapter; the partners continue it.',
  subjects: ['language_and_literature'],
  themes: ['reading_and_storytelling'],
  pupilAgeMin: 10,
  pupilAgeMax: 12,
  languages: ['en'],
  startsOn: '2027-01-10',
  endsOn: '2027-06-20',
  objectives: 'Write in English for real readers.',
  workingMethod: 'Mixed teams of pupils from both schools.',
  activities: 'Chapters, illustrations, a video call.',
  expectedResults: 'An eBook of the story.',
};

/** A refusal as its status and code: '409 project_status_changed'. */
export function refusal(response: { statusCode: number; json: () => unknown }): string {
  return `${response.statusCode} ${errorBodySchema.parse(response.json()).error.code}`;
}

/**
 * A project's journey through the HTTP API, as its people take it: signed-in people of a country,
 * drafts, invitations, plans and the NSS's decisions.
 */
export function projectJourney(app: FastifyInstance, database: Database) {
  async function person(
    countryCode: string,
    values: { name?: string; role?: 'teacher' | 'nss' | 'admin'; status?: 'validated' | 'pending' } = {},
  ): Promise<Person> {
    const user = await buildUser(database.db, { countryCode, ...values });
    return { user, session: await signIn(app, user) };
  }

  async function makeContacts(first: Person, second: Person): Promise<void> {
    await database.db
      .insertInto('contact_requests')
      .values({ from_user: first.user.id, to_user: second.user.id, message: 'Hello', status: 'accepted' })
      .execute();
  }

  function call(who: Person | undefined, method: Method, url: string, payload?: unknown) {
    const headers = who ? (method === 'GET' ? { cookie: who.session.cookie } : asSignedIn(who.session)) : {};
    return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
    assert.equal(response.statusCode, status, response.body);
    return response;
  }

  async function draft(founder: Person, title = 'One story, two schools'): Promise<string> {
    const response = await ok(await call(founder, 'POST', '/api/projects', { title }), 201);
    return response.json<{ id: string }>().id;
  }

  async function read(who: Person, id: string): Promise<ProjectDetail> {
    return projectDetailSchema.parse((await ok(await call(who, 'GET', `/api/projects/${id}`))).json());
  }

  async function plan(who: Person, id: string) {
    await ok(await call(who, 'PUT', `/api/projects/${id}/my-plan`, { hoursPerWeek: 2, digitalTools: 'Tablets, a projector' }), 204);
  }

  /** A draft with everything filled in, by a founder and a co-founder of another country. */
  async function readyProject(founder: Person, coFounder: Person, title?: string): Promise<string> {
    const id = await draft(founder, title);
    await ok(await call(founder, 'PATCH', `/api/projects/${id}`, completeContent));
    await makeContacts(founder, coFounder);
    const invitation = await ok(
      await call(founder, 'POST', `/api/projects/${id}/invitations`, { teacherId: coFounder.user.id, role: 'founder', message: 'Join me' }),
      201,
    );
    await ok(
      await call(coFounder, 'POST', `/api/project-invitations/${invitation.json<{ id: string }>().id}/answer`, { answer: 'accept' }),
    );
    await plan(founder, id);
    await plan(coFounder, id);
    return id;
  }

  function decide(officer: Person, id: string, decision: 'approve' | 'request_changes' | 'reject', version: number, reason?: string) {
    return call(officer, 'POST', `/api/nss/projects/${id}/decision`, { decision, version, ...(reason ? { reason } : {}) });
  }

  return { person, makeContacts, call, ok, draft, read, plan, readyProject, decide };
}
