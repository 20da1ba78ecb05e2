import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  errorBodySchema,
  ideaDetailSchema,
  myIdeasResponseSchema,
  searchIdeasResponseSchema,
  searchPartnersResponseSchema,
  type IdeaBody,
} from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, sampleIdea, signIn, type BuiltUser } from '../../test/factories.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });

type Session = Awaited<ReturnType<typeof signIn>>;

const idea = sampleIdea;

async function teacher(countryCode: string, name: string, status: 'validated' | 'pending' | 'rejected' = 'validated') {
  const user = await buildUser(database.db, { countryCode, name, status });
  return { user, session: await signIn(app, user) };
}

async function post(session: Session, body: Partial<IdeaBody> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/ideas', headers: asSignedIn(session), payload: { ...idea, ...body } });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string }>().id;
}

async function search(session: Session, query = '') {
  const response = await app.inject({ method: 'GET', url: `/api/ideas${query}`, headers: { cookie: session.cookie } });
  assert.equal(response.statusCode, 200, response.body);
  return searchIdeasResponseSchema.parse(response.json());
}

async function titlesFound(session: Session, query = '') {
  return (await search(session, query)).results.map((found) => found.title);
}

function answer(session: Session, id: string, message = 'My pupils sing too: shall we?') {
  return app.inject({ method: 'POST', url: `/api/ideas/${id}/interests`, headers: asSignedIn(session), payload: { message } });
}

async function detail(session: Session, id: string) {
  const response = await app.inject({ method: 'GET', url: `/api/ideas/${id}`, headers: { cookie: session.cookie } });
  return { status: response.statusCode, body: response.statusCode === 200 ? ideaDetailSchema.parse(response.json()) : undefined };
}

const author = await teacher('FR', 'Claire Dubois');
const reader = await teacher('PL', 'Anna Nowak');

describe('project ideas', () => {
  it('posts an idea that colleagues find by text, subject, ages, language and country, but the author does not', async () => {
    const id = await post(author.session, {
      title: 'Théâtre d’ombres européen',
      subjects: ['drama'],
      pupilAgeMin: 13,
      pupilAgeMax: 15,
      languages: ['de'],
    });
    for (const query of ['?q=theatre ombres', '?q=THÉÂTRE', '?subjects=drama', '?ageMin=15&ageMax=18', '?languages=de', '?countries=FR']) {
      assert.ok(
        (await search(reader.session, query)).results.some((found) => found.id === id),
        query,
      );
    }
    for (const query of ['?q=cuisine', '?subjects=computing', '?ageMin=6&ageMax=10', '?languages=it', '?countries=DE']) {
      assert.ok(!(await search(reader.session, query)).results.some((found) => found.id === id), query);
    }
    assert.ok(!(await search(author.session)).results.some((found) => found.id === id), 'one’s own ideas are under My ideas');
    const mine = myIdeasResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/my-ideas', headers: { cookie: author.session.cookie } })).json(),
    );
    assert.ok(mine.ideas.some((found) => found.id === id && found.author.name === 'Claire Dubois' && found.startMonth === '2027-01'));
  });

  it('ranks ideas whose title holds the text before those whose description does, then the newest', async () => {
    const other = await teacher('IT', 'Marco Rossi');
    await post(other.session, { title: 'Water in the city', description: 'Rivers, wells and fountains: a herbarium of aquatic plants.' });
    await post(other.session, { title: 'Herbarium of the Alps', description: 'Pressed flowers from both sides of the mountains.' });
    assert.deepEqual(await titlesFound(reader.session, '?q=herbarium'), ['Herbarium of the Alps', 'Water in the city']);
  });

  it('keeps to ideas open to my country when asked', async () => {
    const other = await teacher('ES', 'Lucía García');
    await post(other.session, { title: 'Only for Portugal', countriesWanted: ['PT'] });
    await post(other.session, { title: 'For Poland and Portugal', countriesWanted: ['PL', 'PT'] });
    const titles = await titlesFound(reader.session, '?countries=ES&openToMyCountry=true');
    assert.ok(titles.includes('For Poland and Portugal'));
    assert.ok(!titles.includes('Only for Portugal'));
    assert.ok((await titlesFound(reader.session, '?countries=ES')).includes('Only for Portugal'));
  });

  it('pages without offsets', async () => {
    const other = await teacher('GR', 'Eleni Papadopoulou');
    for (let index = 0; index < 5; index++) await post(other.session, { title: `Pages idea ${index}` });
    const first = await search(reader.session, '?countries=GR&limit=3');
    assert.ok(first.nextCursor);
    const second = await search(reader.session, `?countries=GR&limit=3&after=${first.nextCursor}`);
    assert.deepEqual(
      [...first.results, ...second.results].map((found) => found.title),
      ['Pages idea 4', 'Pages idea 3', 'Pages idea 2', 'Pages idea 1', 'Pages idea 0'],
    );
    assert.equal(second.nextCursor, null);
  });

  it('sends an answer to the author by mail, once; the author reads every answer, the reader only their own', async () => {
    const id = await post(author.session, { title: 'Letters across the sea' });
    assert.equal((await answer(reader.session, id)).statusCode, 201);
    const mail = await smtp.waitForMail(author.user.email, /is interested in your project idea/);
    assert.match(mail.text, /My pupils sing too: shall we\?/);
    assert.match(mail.text, new RegExp(`/ideas/${id}`));

    const again = await answer(reader.session, id);
    assert.equal(again.statusCode, 409);
    assert.equal(errorBodySchema.parse(again.json()).error.code, 'idea_already_answered');
    assert.equal((await answer(author.session, id)).statusCode, 400, 'not to one’s own idea');

    const third = await teacher('DE', 'Jonas Weber');
    assert.equal((await answer(third.session, id, 'Count us in')).statusCode, 201);
    const seenByAuthor = (await detail(author.session, id)).body!;
    assert.equal(seenByAuthor.mine, true);
    assert.deepEqual(
      seenByAuthor.receivedInterests.map((interest) => interest.teacher.name),
      ['Jonas Weber', 'Anna Nowak'],
    );
    assert.equal(seenByAuthor.idea.interests, 2);
    await app.inject({ method: 'PUT', url: `/api/blocks/${author.user.id}`, headers: asSignedIn(third.session) });
    assert.deepEqual(
      (await detail(author.session, id)).body!.receivedInterests.map((interest) => interest.teacher.name),
      ['Anna Nowak'],
      'not across a block',
    );
    const seenByReader = (await detail(reader.session, id)).body!;
    assert.deepEqual(seenByReader.receivedInterests, []);
    assert.equal(seenByReader.myInterest?.message, 'My pupils sing too: shall we?');
  });

  it('takes a closed idea out of the search and refuses answers to it; the author opens it again', async () => {
    const id = await post(author.session, { title: 'Closing soon' });
    const close = (status: 'open' | 'closed', session = author.session) =>
      app.inject({ method: 'PUT', url: `/api/ideas/${id}/status`, headers: asSignedIn(session), payload: { status } });
    assert.equal((await close('closed', reader.session)).statusCode, 404, 'not the author');
    assert.equal((await close('closed')).statusCode, 204);
    assert.ok(!(await titlesFound(reader.session, '?q=closing')).includes('Closing soon'));
    const refused = await answer(reader.session, id);
    assert.deepEqual([refused.statusCode, errorBodySchema.parse(refused.json()).error.code], [409, 'idea_closed']);
    assert.equal((await close('open')).statusCode, 204);
    assert.ok((await titlesFound(reader.session, '?q=closing')).includes('Closing soon'));
  });

  it('lets only the author change or delete an idea', async () => {
    const id = await post(author.session, { title: 'First title' });
    const change = (session: Session) =>
      app.inject({ method: 'PUT', url: `/api/ideas/${id}`, headers: asSignedIn(session), payload: { ...idea, title: 'Second title' } });
    assert.equal((await change(reader.session)).statusCode, 404);
    assert.equal((await change(author.session)).statusCode, 204);
    assert.equal((await detail(reader.session, id)).body?.idea.title, 'Second title');
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/ideas/${id}`, headers: asSignedIn(reader.session) })).statusCode, 404);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/ideas/${id}`, headers: asSignedIn(author.session) })).statusCode, 204);
    assert.equal((await detail(author.session, id)).status, 404);
  });

  it('makes its author findable in the partner search by the titles of their open ideas', async () => {
    const other = await teacher('PT', 'Rui Costa');
    await post(other.session, { title: 'Azulejos and geometry' });
    const found = await app.inject({ method: 'GET', url: '/api/partners?q=azulejos', headers: { cookie: reader.session.cookie } });
    assert.deepEqual(
      searchPartnersResponseSchema.parse(found.json()).results.map((partner) => partner.name),
      ['Rui Costa'],
    );
  });

  it('hides the ideas of a teacher who hides their profile or who blocked me, and of one I blocked', async () => {
    const hider = await teacher('SE', 'Elin Andersson');
    const hiddenId = await post(hider.session, { title: 'Northern lights diary' });
    await database.db.updateTable('teacher_profiles').set({ hidden_from_search: true }).where('user_id', '=', hider.user.id).execute();
    assert.ok(!(await titlesFound(reader.session, '?q=northern')).length);
    assert.equal((await detail(reader.session, hiddenId)).status, 404);

    const blocker = await teacher('FI', 'Aino Virtanen');
    const blockedId = await post(blocker.session, { title: 'Sauna science' });
    await app.inject({ method: 'PUT', url: `/api/blocks/${reader.user.id}`, headers: asSignedIn(blocker.session) });
    assert.deepEqual(await titlesFound(reader.session, '?q=sauna'), []);
    assert.equal((await answer(reader.session, blockedId)).statusCode, 404);
  });

  for (const [what, body] of [
    ['a missing title', { title: '  ' }],
    ['a reversed age range', { pupilAgeMin: 15, pupilAgeMax: 9 }],
    ['an end before the start', { startMonth: '2027-09', endMonth: '2027-03' }],
    ['a malformed month', { startMonth: '2027-13' }],
    ['an unknown country', { countriesWanted: ['XX'] }],
    ['an unknown subject', { subjects: ['alchemy'] }],
    ['a 10,000-character description', { description: 'a'.repeat(10_000) }],
  ] as const) {
    it(`refuses ${what} with a clear error and stores nothing`, async () => {
      const before = (
        await database.db
          .selectFrom('project_ideas')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
      const response = await app.inject({
        method: 'POST',
        url: '/api/ideas',
        headers: asSignedIn(author.session),
        payload: { ...idea, ...body },
      });
      assert.equal(response.statusCode, 400);
      assert.equal(errorBodySchema.parse(response.json()).error.code, 'validation_failed');
      const afterwards = (
        await database.db
          .selectFrom('project_ideas')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
      assert.equal(afterwards, before);
    });
  }

  it('refuses search filters it does not know', async () => {
    for (const query of ['?countries=XX', '?ageMin=15&ageMax=9', `?q=${'a'.repeat(10_000)}`, '?after=bm90IGEgY3Vyc29y']) {
      const response = await app.inject({ method: 'GET', url: `/api/ideas${query}`, headers: { cookie: reader.session.cookie } });
      assert.equal(response.statusCode, 400, query);
    }
  });

  it('refuses pending and rejected teachers, officers and visitors', async () => {
    const id = await post(author.session, { title: 'Not for everyone' });
    const officer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
    const pending = await buildUser(database.db, { countryCode: 'PL', status: 'pending' });
    const rejected = await buildUser(database.db, { countryCode: 'PL', status: 'rejected' });
    for (const user of [pending, rejected, officer] as BuiltUser[]) {
      const session = await signIn(app, user);
      for (const [method, url] of [
        ['GET', '/api/ideas'],
        ['GET', `/api/ideas/${id}`],
        ['GET', '/api/my-ideas'],
      ] as const) {
        assert.equal((await app.inject({ method, url, headers: { cookie: session.cookie } })).statusCode, 403, `${user.email} ${url}`);
      }
      assert.equal((await app.inject({ method: 'POST', url: '/api/ideas', headers: asSignedIn(session), payload: idea })).statusCode, 403);
      assert.equal((await answer(session, id)).statusCode, 403);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/ideas' })).statusCode, 401);
  });
});
