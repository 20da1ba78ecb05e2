import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { galleryResponseSchema, publicProjectDetailSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildProject } from '../../test/project-factory.ts';

// The app's own page template, as the built app has it: the server writes gallery pages into it.
const webDistDir = await mkdtemp(path.join(tmpdir(), 'jumelage-web-'));
await copyFile(new URL('../../../../web/index.html', import.meta.url), path.join(webDistDir, 'index.html'));

const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { webDistDir } });

const stories = await buildProject(database.db, {
  title: 'Stories of our rivers',
  themes: ['climate_and_environment'],
  subjects: ['geography'],
  ages: [9, 11],
  countries: ['FR', 'PL'],
});
const music = await buildProject(database.db, {
  title: 'Songs <b>across</b> borders',
  summary: 'We sing & record.',
  themes: ['arts_and_culture'],
  subjects: ['music'],
  ages: [14, 17],
  countries: ['ES', 'IT'],
  startsOn: '2026-02-01',
  status: 'closed',
});
const privateProject = await buildProject(database.db, { title: 'Rivers but private', isPublic: false });
const draft = await buildProject(database.db, { title: 'Rivers draft', status: 'draft' });
const submitted = await buildProject(database.db, { title: 'Rivers submitted', status: 'submitted' });

async function titles(query = '') {
  const response = await app.inject({ method: 'GET', url: `/api/gallery${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return galleryResponseSchema.parse(response.json()).results.map((project) => project.title);
}

describe('the public gallery', () => {
  it('shows approved public projects only, to anyone, newest approval first', async () => {
    assert.deepEqual(await titles(), ['Songs <b>across</b> borders', 'Stories of our rivers']);
    assert.deepEqual(await titles('?q=RIVERS'), ['Stories of our rivers']);
    for (const hidden of [privateProject, draft, submitted]) {
      assert.equal((await app.inject({ method: 'GET', url: `/api/gallery/${hidden.id}` })).statusCode, 404);
    }
  });

  it('filters by theme, subject, ages, country and year', async () => {
    assert.deepEqual(await titles('?theme=arts_and_culture'), ['Songs <b>across</b> borders']);
    assert.deepEqual(await titles('?subject=geography'), ['Stories of our rivers']);
    assert.deepEqual(await titles('?ageMin=12&ageMax=14'), ['Songs <b>across</b> borders']);
    assert.deepEqual(await titles('?country=PL'), ['Stories of our rivers']);
    assert.deepEqual(await titles('?year=2026'), ['Songs <b>across</b> borders']);
    assert.deepEqual(await titles('?year=2026&country=PL'), []);
    for (const bad of [
      '?theme=cooking',
      '?ageMin=15&ageMax=9',
      '?country=XX',
      `?q=${'a'.repeat(10_000)}`,
      '?year=1066',
      '?after=nonsense',
    ]) {
      assert.equal((await app.inject({ method: 'GET', url: `/api/gallery${bad}` })).statusCode, 400, bad);
    }
  });

  it('pages without offsets', async () => {
    const first = galleryResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/gallery?limit=1' })).json());
    assert.ok(first.nextCursor);
    const second = galleryResponseSchema.parse(
      (await app.inject({ method: 'GET', url: `/api/gallery?limit=1&after=${first.nextCursor}` })).json(),
    );
    assert.deepEqual(
      [...first.results, ...second.results].map((project) => project.title),
      ['Songs <b>across</b> borders', 'Stories of our rivers'],
    );
    assert.equal(second.nextCursor, null);
  });

  it('a public page names schools and countries, never a person', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/gallery/${stories.id}` });
    const project = publicProjectDetailSchema.parse(response.json());
    assert.deepEqual(
      project.schools.map((school) => school.countryCode),
      ['FR', 'PL'],
    );
    assert.deepEqual(project.countries, ['FR', 'PL']);
    assert.doesNotMatch(response.body, /Founder|@example\.org/);
  });
});

describe('gallery pages without JavaScript', () => {
  it('the gallery is HTML with its results and a search form that works without script', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/gallery?theme=climate_and_environment',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<html lang="fr"/);
    assert.match(response.body, /<title>Galerie des projets — Jumelage<\/title>/);
    assert.match(response.body, /<a href="\/gallery\/[0-9a-f-]{36}">Stories of our rivers<\/a>/);
    assert.doesNotMatch(response.body, /Songs/);
    assert.match(response.body, /<form method="get" action="\/gallery" role="search">/);
    assert.match(response.body, /<option value="climate_and_environment" selected>Climat et environnement<\/option>/);
    assert.match(response.body, /Pologne/);
  });

  it('a project page carries its title, description and content, escaped', async () => {
    const response = await app.inject({ method: 'GET', url: `/gallery/${music.id}?lang=en` });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<title>Songs &#60;b&#62;across&#60;\/b&#62; borders — Jumelage project gallery<\/title>/);
    assert.match(response.body, /<meta name="description" content="We sing &#38; record\."/);
    assert.match(response.body, /<h1>Songs &#60;b&#62;across&#60;\/b&#62; borders<\/h1>/);
    assert.match(response.body, /Finished project/);
    assert.match(response.body, /School of ES 0, Lyon \(Spain\)/);
    assert.doesNotMatch(response.body, /<b>across/);
    assert.doesNotMatch(response.body, /Founder/);
  });

  it("a project's text is written into the page as it is, dollar signs included", async () => {
    const money = await buildProject(database.db, {
      title: "Pocket money: $& and $' in two countries",
      summary: 'From $1 to $$5, $` too.',
      countries: ['FR', 'PL'],
    });
    const response = await app.inject({ method: 'GET', url: `/gallery/${money.id}?lang=en` });
    assert.equal(response.statusCode, 200);
    assert.ok(response.body.includes('<h1>Pocket money: $&#38; and $&#39; in two countries</h1>'), 'the title keeps its dollar signs');
    assert.ok(response.body.includes('<meta name="description" content="From $1 to $$5, $` too."'), 'the description keeps them too');
  });

  it('a project that is not public is a 404 page that says so', async () => {
    const response = await app.inject({ method: 'GET', url: `/gallery/${privateProject.id}` });
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /This project is not public, or it does not exist\./);
    assert.doesNotMatch(response.body, /Rivers but private/);
  });

  it('an invalid search says so with status 400', async () => {
    const response = await app.inject({ method: 'GET', url: '/gallery?ageMin=15&ageMax=3' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /role="alert">Some of these filters are not valid/);
  });
});
