import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { multiLine, singleLine, type ErrorBody } from '@jumelage/contracts';
import { sql } from 'kysely';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, sampleIdea, signIn } from '../../test/factories.ts';
import { buildTwinspace, caller, expectStatus, type Person } from '../../test/twinspace-factory.ts';

// The app's page template, so that the server writes its gallery pages.
const webDistDir = await mkdtemp(path.join(tmpdir(), 'jumelage-web-'));
await copyFile(new URL('../../../../web/index.html', import.meta.url), path.join(webDistDir, 'index.html'));
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { webDistDir } });
const call = caller(app);
const space = await buildTwinspace(app, database.db, 'Hostile input');
const signedIn = async (user: { id: string; email: string; password: string }): Promise<Person> => ({
  id: user.id,
  session: await signIn(app, user),
});
const officer = await signedIn(await buildUser(database.db, { role: 'nss', countryCode: 'FR' }));
const admin = await signedIn(await buildUser(database.db, { role: 'admin' }));
const teacher = space.founderFR;
const pagesPath = `/api/projects/${space.projectId}/pages`;
const albumsPath = `/api/projects/${space.projectId}/albums`;
const pupilsPath = `/api/projects/${space.projectId}/pupils`;

const idea = sampleIdea;
const profile = {
  name: 'Anne Martin',
  language: 'fr',
  subjects: ['history'],
  pupilAgeMin: 10,
  pupilAgeMax: 12,
  workingLanguages: ['fr'],
  presentation: '',
  lookingForPartners: true,
  hiddenFromSearch: false,
};
const classOf = (names: Array<[string, string]>) => ({
  pupils: names.map(([firstName, lastName]) => ({ firstName, lastName })),
  accountConsentOn: null,
});

/** Every row a refused request could have written, to prove it wrote none. */
async function writableRows(): Promise<string> {
  const tables = [
    'users',
    'teacher_profiles',
    'pupils',
    'projects',
    'project_members',
    'project_ideas',
    'twinspace_pages',
    'albums',
    'regional_correspondents',
  ];
  const rows = await Promise.all(
    tables.map(async (table) => (await sql`select * from ${sql.table(table)} order by 1`.execute(database.db)).rows),
  );
  return JSON.stringify(rows);
}

async function expectRefused(response: { statusCode: number; body: string }, path: string, rule?: string): Promise<void> {
  assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
  const { error } = JSON.parse(response.body) as ErrorBody;
  assert.equal(error.code, 'validation_failed', path);
  const named = error.issues?.filter((issue) => issue.path === path) ?? [];
  assert.ok(named.length > 0 || error.message.startsWith(path), `${path} is named in ${response.body}`);
  if (rule)
    assert.ok(
      named.some((issue) => issue.code === rule),
      `${path} broke ${rule}: ${response.body}`,
    );
}

/** A cursor of the server's shape (base64url JSON) holding what a client chose. */
const craftedCursor = (json: string) => Buffer.from(json).toString('base64url');
const uuid = randomUUID();
const craftedCursors = [
  craftedCursor(JSON.stringify(['0', uuid])),
  craftedCursor(JSON.stringify(['2027-02-30T10:00:00.000000Z', uuid])),
  craftedCursor(JSON.stringify(['Tue, 02 Mar 2027 10:00:00 GMT', uuid])),
  craftedCursor(JSON.stringify(['0000-01-01T00:00:00.000000Z', uuid])),
  craftedCursor(JSON.stringify(['2027-03-02T10:00:00.000000Z', '------------------------------------'])),
];
const craftedRankedCursors = [
  craftedCursor(JSON.stringify([0.5, '0', uuid])),
  craftedCursor(`[1e999, "2027-03-02T10:00:00.000000Z", "${uuid}"]`),
  craftedCursor(JSON.stringify([0.5, '2027-03-02T10:00:00.000000Z', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'])),
];

describe('hostile input answers a clear 400 and changes nothing', () => {
  it('a NUL in any text or search field', async () => {
    const before = await writableRows();
    const probes: Array<[Person | undefined, 'GET' | 'POST' | 'PUT' | 'PATCH', string, unknown, string]> = [
      [undefined, 'GET', '/api/gallery?q=%00', undefined, 'query.q'],
      [undefined, 'GET', '/api/schools?country=FR&q=Ly%00', undefined, 'query.q'],
      [teacher, 'GET', '/api/partners?q=%00', undefined, 'query.q'],
      [teacher, 'GET', '/api/partners?countries=FR,%00', undefined, 'query.countries'],
      [teacher, 'GET', '/api/ideas?q=a%00b', undefined, 'query.q'],
      [teacher, 'PUT', '/api/account/profile', { ...profile, name: 'Anne\u0000' }, 'body.name'],
      [teacher, 'PUT', '/api/account/profile', { ...profile, presentation: 'Hello\u0000' }, 'body.presentation'],
      [teacher, 'PATCH', `/api/projects/${space.projectId}`, { title: 'Songs\u0000' }, 'body.title'],
      [teacher, 'PATCH', `/api/projects/${space.projectId}`, { description: 'Line one\u0000' }, 'body.description'],
      [teacher, 'POST', pagesPath, { title: 'Our town\u0000' }, 'body.title'],
      [teacher, 'POST', albumsPath, { title: 'Photos\u0000' }, 'body.title'],
      [teacher, 'POST', '/api/ideas', { ...idea, description: 'Songs\u0000' }, 'body.description'],
      [officer, 'POST', '/api/regions/FR-LYON/correspondents', { name: 'Jeanne\u0000', email: 'jeanne@example.org' }, 'body.name'],
      [
        teacher,
        'POST',
        pupilsPath,
        classOf([
          ['Léa', 'Martin'],
          ['Hugo\u0000', ''],
        ]),
        'body.pupils.1.firstName',
      ],
    ];
    for (const [who, method, url, payload, path] of probes)
      await expectRefused(await call(who, method, url, payload), path, 'control_characters');
    assert.equal(await writableRows(), before);
  });

  it('the server-written gallery answers its 400 page to a NUL in the search or a crafted cursor', async () => {
    for (const query of ['q=%00', `after=${craftedCursors[1]!}`]) {
      const response = await app.inject({ method: 'GET', url: `/gallery?${query}` });
      assert.equal(response.statusCode, 400, query);
      assert.match(String(response.headers['content-type']), /text\/html/, query);
      assert.match(response.body, /role="alert"/, query);
    }
  });

  it('invisible and direction-changing characters in names and titles', async () => {
    const before = await writableRows();
    const probes: Array<[string, unknown, string]> = [
      [`/api/projects/${space.projectId}`, { title: 'Songs \u202Eof our towns' }, 'body.title'],
      [pagesPath, { title: 'Our\u200Btown' }, 'body.title'],
      [albumsPath, { title: '\uFEFFPhotos' }, 'body.title'],
      [
        pupilsPath,
        classOf([
          ['Léa', 'Martin'],
          ['Hugo', '\u2066Bernard\u2069'],
        ]),
        'body.pupils.1.lastName',
      ],
      ['/api/account/profile', { ...profile, name: 'Anne\u200FMartin' }, 'body.name'],
    ];
    for (const [url, payload, path] of probes) {
      const method = url.endsWith('/profile') ? 'PUT' : url.endsWith(space.projectId) ? 'PATCH' : 'POST';
      await expectRefused(await call(teacher, method, url, payload), path, 'invisible_characters');
    }
    assert.equal(await writableRows(), before);
  });

  it('a path parameter that is not a region code or a uuid', async () => {
    for (const regionId of ['\u0000', 'fr-lyon', 'FR LYON', `FR-${'X'.repeat(40)}`]) {
      await expectRefused(
        await call(officer, 'POST', `/api/regions/${encodeURIComponent(regionId)}/correspondents`, {
          name: 'Jeanne',
          email: 'j@example.org',
        }),
        'params.regionId',
      );
    }
    await expectRefused(await call(teacher, 'GET', '/api/pages/%00'), 'params.pageId');
  });

  it('a crafted cursor that JavaScript parses and PostgreSQL would refuse', async () => {
    const routes: Array<[Person | undefined, string, string[]]> = [
      [undefined, '/api/gallery?after=', craftedCursors],
      [undefined, `/api/gallery/${space.projectId}/materials?after=`, craftedCursors],
      [teacher, `/api/projects/${space.projectId}/materials?after=`, craftedCursors],
      [officer, '/api/nss/pending-teachers?after=', craftedCursors],
      [officer, '/api/nss/pending-projects?after=', craftedCursors],
      [admin, '/api/admin/outbox?before=', craftedCursors],
      [teacher, '/api/ideas?after=', craftedRankedCursors],
      [teacher, '/api/partners?after=', craftedRankedCursors],
    ];
    for (const [who, url, cursors] of routes) {
      const parameter = url.includes('before=') ? 'query.before' : 'query.after';
      for (const cursor of [...cursors, '%00', 'not*base64']) await expectRefused(await call(who, 'GET', `${url}${cursor}`), parameter);
    }
  });

  it('a class list with a name longer than an account name may be creates no pupil and names the line', async () => {
    const before = await writableRows();
    const names: Array<[string, string]> = [
      ['Léa', 'Martin'],
      ['Hugo', 'Bernard'],
      ['Zoé', ''],
      ['A'.repeat(60), 'B'.repeat(60)],
    ];
    await expectRefused(await call(teacher, 'POST', pupilsPath, classOf(names)), 'body.pupils.3.lastName');
    assert.equal(await writableRows(), before);
  });
});

describe('legitimate text keeps working', () => {
  const names: Array<[string, string]> = [
    ['Zoë', 'O’Brien-Müller'],
    ['Chloé', "D'Artagnan"],
    ['Łukasz', 'Żółć'],
    ['محمد', 'العلي'],
    ['שירה', 'כהן'],
    ['Ярослав', 'Шевченко'],
    ['Γιώργος', 'Παπαδόπουλος'],
    ['Ömer', 'Çelik'],
    ['Nguyễn', 'Thị Minh Khai'],
    ['A'.repeat(60), 'B'.repeat(59)],
  ];

  it('names in every script, apostrophes and accents, and the longest names that fit', async () => {
    const cards = (await expectStatus(await call(teacher, 'POST', pupilsPath, classOf(names)), 201)).json<{
      cards: Array<{ firstName: string; lastName: string }>;
    }>().cards;
    assert.deepEqual(
      cards.map((card) => [card.firstName, card.lastName]),
      names,
    );
    await expectStatus(
      await call(teacher, 'PUT', '/api/account/profile', {
        ...profile,
        name: 'Σοφία Ἀθανασίου-Noël',
        presentation: 'J’enseigne l’histoire.\n\nمرحبا\tשלום 👋🏽',
      }),
      200,
    );
  });

  it('emoji (joined ones too), line breaks and tabs in texts; right-to-left titles', async () => {
    const description = 'Première ligne « citée ».\n\tDeuxième ligne 🌍 👩‍🏫 🏳️‍🌈\r\nTroisième.';
    await expectStatus(
      await call(teacher, 'PATCH', `/api/projects/${space.projectId}`, { title: 'Nos villes 🎶 — مدننا', description }),
      200,
    );
    const saved = await database.db
      .selectFrom('projects')
      .select(['title', 'description'])
      .where('id', '=', space.projectId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(saved, { title: 'Nos villes 🎶 — مدننا', description: description.trim() });
    await expectStatus(await call(teacher, 'POST', pagesPath, { title: 'עיר שלנו 👩‍👩‍👧' }), 201);
    await expectStatus(await call(teacher, 'POST', albumsPath, { title: 'Photos d’été ☀️' }), 201);
    await expectStatus(
      await call(teacher, 'POST', '/api/ideas', { ...idea, title: 'Chansons d’ici', description: 'Ligne 1\nLigne 2 🎵' }),
      201,
    );
    for (const q of ['Chansons d’ici', 'مدننا', 'Żółć'])
      await expectStatus(await call(teacher, 'GET', `/api/ideas?q=${encodeURIComponent(q)}`), 200);
    await expectStatus(await call(undefined, 'GET', `/api/gallery?q=${encodeURIComponent('Écoles où l’on chante')}`), 200);
  });
});

describe('the text rules', () => {
  const controls = [...Array.from({ length: 32 }, (_, code) => code), ...Array.from({ length: 33 }, (_, code) => 0x7f + code)].map((code) =>
    String.fromCharCode(code),
  );
  const invisibles = [
    '\u061C',
    '\u180E',
    '\u200B',
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2060',
    '\u2064',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\uFEFF',
  ];
  const accepts = (schema: ReturnType<typeof singleLine>, character: string) => schema.safeParse(`a${character}b`).success;

  it('a single line takes no control, line-separator, invisible or direction character', () => {
    for (const character of [...controls, '\u2028', '\u2029', ...invisibles])
      assert.equal(accepts(singleLine(), character), false, `U+${character.codePointAt(0)!.toString(16)}`);
  });

  it('a text with paragraphs keeps tabs, line breaks and what right-to-left writing uses, and no other control', () => {
    for (const character of controls)
      assert.equal(accepts(multiLine(), character), ['\t', '\n', '\r'].includes(character), `U+${character.codePointAt(0)!.toString(16)}`);
    for (const character of invisibles) assert.equal(accepts(multiLine(), character), true, `U+${character.codePointAt(0)!.toString(16)}`);
  });

  it('both keep the joiners emoji and scripts need', () => {
    for (const text of ['👩‍🏫', '🏳️‍🌈', 'می‌خواهم', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']) {
      assert.equal(singleLine().safeParse(text).success, true, text);
      assert.equal(multiLine().safeParse(text).success, true, text);
    }
  });
});
