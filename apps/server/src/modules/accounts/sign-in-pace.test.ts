import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, type BuiltUser } from '../../test/factories.ts';
import { signInPace, waitBeforeCheck, type RecentFailures } from './sign-in-pace.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });

function signIn(user: { email: string }, password: string, address: string) {
  return app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password }, remoteAddress: address });
}

async function statuses(user: { email: string }, count: number, address: (index: number) => string): Promise<number[]> {
  const answers: number[] = [];
  for (let index = 0; index < count; index++) answers.push((await signIn(user, `guess ${index}`, address(index))).statusCode);
  return answers;
}

/** Moves every recorded failure this far into the past, as if the time had passed. */
async function letTimePass(seconds: number): Promise<void> {
  await database.db
    .updateTable('login_failures')
    .set({ failed_at: sql`failed_at - make_interval(secs => ${seconds})` })
    .execute();
}

async function userAtHome(home: string): Promise<BuiltUser> {
  const user = await buildUser(database.db);
  assert.equal((await signIn(user, user.password, home)).statusCode, 200);
  return user;
}

describe('guessing a password', () => {
  it('from one address: five checks, then each next one waits twice as long', async () => {
    const user = await buildUser(database.db);
    assert.deepEqual(await statuses(user, 7, () => '198.51.100.1'), [401, 401, 401, 401, 401, 429, 429]);
    await letTimePass(31);
    assert.deepEqual(await statuses(user, 2, () => '198.51.100.1'), [401, 429]);
    await letTimePass(31);
    assert.equal((await signIn(user, 'guess', '198.51.100.1')).statusCode, 429, 'the second wait is a minute');
    await letTimePass(30);
    assert.equal(
      (await signIn(user, user.password, '198.51.100.1')).statusCode,
      200,
      'the right password is slowed down, never refused for good',
    );
  });

  it('from many addresses: ten checks of the account in all, then waits', async () => {
    const user = await buildUser(database.db);
    const answers = await statuses(user, 30, (index) => `10.20.0.${index}`);
    assert.deepEqual(answers, [...Array<number>(10).fill(401), ...Array<number>(20).fill(429)]);
  });

  it('in a burst of parallel guesses from many addresses: still ten checks at most', async () => {
    const user = await buildUser(database.db);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => signIn(user, `guess ${index}`, `10.21.0.${index}`)));
    const checked = answers.filter((answer) => answer.statusCode === 401).length;
    assert.ok(checked <= signInPace.perAccount.free, `${checked} guesses were checked`);
    assert.equal(answers.filter((answer) => answer.statusCode === 429).length, 20 - checked);
  });

  it('a waiting attempt is not counted: asking again and again does not make the wait longer', async () => {
    const user = await buildUser(database.db);
    await statuses(user, 5, () => '198.51.100.2');
    assert.deepEqual(await statuses(user, 10, () => '198.51.100.2'), Array<number>(10).fill(429));
    await letTimePass(31);
    assert.equal((await signIn(user, user.password, '198.51.100.2')).statusCode, 200);
  });
});

describe('the right person, while someone guesses elsewhere', () => {
  it('signs in at once from an address they signed in from before', async () => {
    const user = await userAtHome('192.0.2.10');
    await statuses(user, 40, (index) => `10.22.0.${index}`);
    assert.equal((await signIn(user, user.password, '192.0.2.10')).statusCode, 200);
    assert.equal((await signIn(user, 'a typo', '192.0.2.10')).statusCode, 401, 'their own typos still count at their address only');
  });

  it('from a new address, waits, then signs in with the right password', async () => {
    const user = await userAtHome('192.0.2.11');
    await statuses(user, 10, (index) => `10.23.0.${index}`);
    assert.equal((await signIn(user, user.password, '192.0.2.99')).statusCode, 429);
    await letTimePass(31);
    assert.equal((await signIn(user, user.password, '192.0.2.99')).statusCode, 200);
  });

  it('at a school where thirty sign-ins failed, those who signed in there before are not slowed down', async () => {
    const pupilAtSchool = await userAtHome('203.0.113.20');
    for (let index = 0; index < 30; index++) await signIn({ email: `classmate-${index}@example.org` }, 'guess', '203.0.113.20');
    assert.equal((await signIn(pupilAtSchool, pupilAtSchool.password, '203.0.113.20')).statusCode, 200);
    const newcomer = await buildUser(database.db);
    assert.equal((await signIn(newcomer, newcomer.password, '203.0.113.20')).statusCode, 429, 'a first sign-in from there waits a moment');
    await letTimePass(3);
    assert.equal((await signIn(newcomer, newcomer.password, '203.0.113.20')).statusCode, 200);
  });
});

describe('the wait', () => {
  const none = { count: 0, msSinceLast: null };
  const failures = (values: Partial<RecentFailures>): RecentFailures => ({
    accountAtAddress: none,
    account: none,
    address: none,
    knownAddress: false,
    ...values,
  });

  it('doubles after each failure past the free ones, up to its cap, from the last failure', () => {
    assert.equal(waitBeforeCheck(failures({ accountAtAddress: { count: 4, msSinceLast: 0 } })), 0);
    assert.equal(waitBeforeCheck(failures({ accountAtAddress: { count: 5, msSinceLast: 10_000 } })), 20_000);
    assert.equal(waitBeforeCheck(failures({ accountAtAddress: { count: 7, msSinceLast: 0 } })), 120_000);
    assert.equal(waitBeforeCheck(failures({ accountAtAddress: { count: 40, msSinceLast: 0 } })), 15 * 60_000);
    assert.equal(waitBeforeCheck(failures({ address: { count: 45, msSinceLast: 0 } })), 60_000);
  });

  it('at an address the account signed in from, counts only the failures there', () => {
    const busy = { account: { count: 99, msSinceLast: 0 }, address: { count: 99, msSinceLast: 0 } };
    assert.equal(waitBeforeCheck(failures({ ...busy, knownAddress: true })), 0);
    assert.equal(waitBeforeCheck(failures({ ...busy, knownAddress: true, accountAtAddress: { count: 5, msSinceLast: 0 } })), 30_000);
    assert.equal(waitBeforeCheck(failures(busy)), 15 * 60_000);
  });
});
