import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { errorBodySchema, validationQueueResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser } from '../../test/factories.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });

const frenchOfficer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
const polishOfficer = await buildUser(database.db, { role: 'nss', countryCode: 'PL' });
const admin = await buildUser(database.db, { role: 'admin' });

async function pendingTeacher(countryCode = 'FR', registeredDaysAgo = 0): Promise<BuiltUser> {
  const teacher = await buildUser(database.db, { status: 'pending', countryCode });
  const registered = new Date(Date.now() - registeredDaysAgo * 86_400_000);
  await database.db.updateTable('users').set({ created_at: registered, awaiting_since: registered }).where('id', '=', teacher.id).execute();
  return teacher;
}

async function queueOf(user: BuiltUser, query = '') {
  const session = await signIn(app, user);
  return app.inject({ method: 'GET', url: `/api/nss/pending-teachers${query}`, headers: { cookie: session.cookie } });
}

async function decide(user: BuiltUser, body: object, query = '') {
  const session = await signIn(app, user);
  return app.inject({ method: 'POST', url: `/api/nss/teacher-decisions${query}`, headers: asSignedIn(session), payload: body });
}

async function statusOf(teacher: BuiltUser) {
  return await database.db.selectFrom('users').select(['status', 'decision_reason']).where('id', '=', teacher.id).executeTakeFirstOrThrow();
}

describe('the validation queue', () => {
  it("shows an officer their own country's confirmed pending teachers, oldest first, with how long each has waited", async () => {
    const older = await pendingTeacher('FR', 9);
    const newer = await pendingTeacher('FR', 2);
    const polish = await pendingTeacher('PL', 30);
    const unconfirmed = await buildUser(database.db, { status: 'pending', confirmed: false });
    const validated = await buildUser(database.db, { status: 'validated' });

    const queue = validationQueueResponseSchema.parse((await queueOf(frenchOfficer)).json());
    const ids = queue.teachers.map((teacher) => teacher.id);
    assert.ok(ids.indexOf(older.id) < ids.indexOf(newer.id));
    for (const absent of [polish, unconfirmed, validated]) assert.ok(!ids.includes(absent.id));
    assert.equal(queue.teachers.find((teacher) => teacher.id === older.id)?.waitingDays, 9);
    assert.equal(queue.total, ids.length);
  });

  it('pages with a cursor, never skipping nor repeating anyone', async () => {
    for (let index = 0; index < 5; index++) await pendingTeacher('FR', 40);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&after=${cursor}` : ''}`;
      const page = validationQueueResponseSchema.parse((await queueOf(frenchOfficer, query)).json());
      seen.push(...page.teachers.map((teacher) => teacher.id));
      cursor = page.nextCursor;
    } while (cursor);
    const full = validationQueueResponseSchema.parse((await queueOf(frenchOfficer, '?limit=100')).json());
    assert.deepEqual(
      seen,
      full.teachers.map((teacher) => teacher.id),
    );
    assert.equal(new Set(seen).size, seen.length);
  });

  it('lets an admin open any country, naming it', async () => {
    const polish = await pendingTeacher('PL');
    const missing = await queueOf(admin);
    assert.equal(missing.statusCode, 400);
    const queue = validationQueueResponseSchema.parse((await queueOf(admin, '?country=PL')).json());
    assert.ok(queue.teachers.some((teacher) => teacher.id === polish.id));
  });

  it('refuses a malformed cursor and an unknown country code', async () => {
    assert.equal((await queueOf(frenchOfficer, '?after=garbage')).statusCode, 400);
    assert.equal((await queueOf(admin, '?country=fr')).statusCode, 400);
  });
});

describe('deciding', () => {
  it('validates several teachers at once and tells each by mail', async () => {
    const first = await pendingTeacher();
    const second = await pendingTeacher();
    const response = await decide(frenchOfficer, { teacherIds: [first.id, second.id], decision: 'validate' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json().decided.toSorted(), [first.id, second.id].toSorted());
    assert.equal((await statusOf(first)).status, 'validated');
    await smtp.waitForMail(first.email, /is validated/);
    await smtp.waitForMail(second.email, /is validated/);

    const session = await signIn(app, first);
    const account = await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: session.cookie } });
    assert.equal(account.json().can.useTeacherTools, true);
  });

  it('rejects with a reason that the teacher receives and sees when signing in', async () => {
    const teacher = await pendingTeacher();
    const reason = 'The school named is not one where you teach: please correct it.';
    const response = await decide(frenchOfficer, { teacherIds: [teacher.id], decision: 'reject', reason });
    assert.equal(response.statusCode, 200);
    const mail = await smtp.waitForMail(teacher.email, /was not validated/);
    assert.match(mail.text, /please correct it/);
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: teacher.email, password: teacher.password },
    });
    assert.equal(signedIn.json().account.status, 'rejected');
    assert.equal(signedIn.json().account.decisionReason, reason);
  });

  it('puts a rejected teacher who asks for a new review back in the queue, waiting from that day', async () => {
    const teacher = await pendingTeacher('FR', 25);
    await decide(frenchOfficer, { teacherIds: [teacher.id], decision: 'reject', reason: 'Please name the school you teach at.' });
    const session = await signIn(app, teacher);
    const asked = await app.inject({ method: 'POST', url: '/api/account/review-request', headers: asSignedIn(session) });
    assert.equal(asked.statusCode, 200, asked.body);
    assert.equal(asked.json().status, 'pending');
    const queue = validationQueueResponseSchema.parse((await queueOf(frenchOfficer, '?limit=100')).json());
    assert.equal(queue.teachers.find((candidate) => candidate.id === teacher.id)?.waitingDays, 0);
    const again = await app.inject({ method: 'POST', url: '/api/account/review-request', headers: asSignedIn(session) });
    assert.deepEqual(
      [again.statusCode, errorBodySchema.parse(again.json()).error.code],
      [409, 'account_not_rejected'],
      'only a rejected account may ask',
    );
  });

  it('refuses a rejection without a reason, and changes nothing', async () => {
    const teacher = await pendingTeacher();
    const response = await decide(frenchOfficer, { teacherIds: [teacher.id], decision: 'reject' });
    assert.equal(response.statusCode, 400);
    assert.equal(errorBodySchema.parse(response.json()).error.code, 'validation_failed');
    assert.equal((await statusOf(teacher)).status, 'pending');
  });

  it('never decides for another country: the teacher is skipped and untouched', async () => {
    const teacher = await pendingTeacher('FR');
    const response = await decide(polishOfficer, { teacherIds: [teacher.id], decision: 'validate' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { decided: [], skipped: [teacher.id] });
    assert.equal((await statusOf(teacher)).status, 'pending');
  });

  it('decides once when two officers decide the same teacher at the same moment', async () => {
    const secondFrenchOfficer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
    const teacher = await pendingTeacher();
    const [validate, reject] = await Promise.all([
      decide(frenchOfficer, { teacherIds: [teacher.id], decision: 'validate' }),
      decide(secondFrenchOfficer, { teacherIds: [teacher.id], decision: 'reject', reason: 'Not a teacher at this school.' }),
    ]);
    const decidedBy = [validate, reject].filter((response) => response.json().decided.includes(teacher.id));
    assert.equal(decidedBy.length, 1);
    const { status } = await statusOf(teacher);
    assert.equal(status, decidedBy[0] === validate ? 'validated' : 'rejected');
  });
});

describe('who may use the queue', () => {
  it('refuses a teacher, a pending teacher and an anonymous visitor', async () => {
    const teacher = await buildUser(database.db, { status: 'validated' });
    const pending = await buildUser(database.db, { status: 'pending' });
    const target = await pendingTeacher();
    for (const user of [teacher, pending]) {
      assert.equal((await queueOf(user)).statusCode, 403);
      assert.equal((await decide(user, { teacherIds: [target.id], decision: 'validate' })).statusCode, 403);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/nss/pending-teachers' })).statusCode, 401);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/nss/teacher-decisions',
      payload: { teacherIds: [target.id], decision: 'validate' },
    });
    assert.equal(anonymous.statusCode, 401);
    assert.equal((await statusOf(target)).status, 'pending');
  });

  it('refuses an officer of another country the queue of France, even by naming it', async () => {
    const queue = validationQueueResponseSchema.parse((await queueOf(polishOfficer, '?country=FR')).json());
    assert.ok(queue.teachers.every((teacher) => teacher.countryCode === 'PL'));
  });
});
