import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  materialsPageSchema,
  myTwinspacesSchema,
  pageDetailSchema,
  pageTreeSchema,
  pageVersionsSchema,
  publicPageSchema,
  sessionResponseSchema,
  twinspaceHomeSchema,
  validationQueueResponseSchema,
} from '@jumelage/contracts';
import { sql } from 'kysely';
import { documentFrom, renderHtml, sanitizeTypes } from '../modules/pages/document.ts';
import { pageFragmentName } from '../modules/pages/schema.ts';
import { buildTestApp } from '../test/app.ts';
import { temporaryDataDir } from '../test/data-dir.ts';
import { createTestDatabase } from '../test/database.ts';
import { signIn } from '../test/factories.ts';
import { caller, expectStatus, type Person } from '../test/twinspace-factory.ts';
import { demoPassword, loadDemoData } from './load-demo-data.ts';
import { demoFounderEmail, demoTwinspaceIds } from './twinspace.ts';

const database = await createTestDatabase();
const dataDir = await temporaryDataDir();
const options = { schoolsPerCountry: 17, teachersPerSchool: 3, dataDir };
const started = performance.now();
const first = await loadDemoData(database, options);
const loadSeconds = ((performance.now() - started) / 1000).toFixed(1);
const app = await buildTestApp({ database, config: { dataDir } });
const call = caller(app);
const pupilLogins = first.logins.filter((login) => login.role === 'pupil');

async function signInAsPupil(username: string): Promise<Person & { passwordMustChange: boolean }> {
  const response = await expectStatus(
    await app.inject({ method: 'POST', url: '/api/session/pupil', payload: { username, password: demoPassword } }),
    200,
  );
  const { account, csrfToken } = sessionResponseSchema.parse(response.json());
  const cookie = response.cookies.find((candidate) => candidate.name === 'jumelage_session')!;
  return {
    id: account.id,
    session: { cookie: `jumelage_session=${cookie.value}`, csrfToken },
    passwordMustChange: account.passwordMustChange,
  };
}

const founder: Person = { id: '', session: await signIn(app, { email: demoFounderEmail, password: demoPassword }) };
const [projectId] = await demoTwinspaceIds(database.db);

describe('demo data', () => {
  it('loads at least 10 countries, 200 schools, 600 teachers, an officer per country and an admin, once', async (t) => {
    t.diagnostic(`loaded in ${loadSeconds} s`);
    assert.equal(first.alreadyLoaded, false);
    const { rows } = await sql<{
      countries: number;
      schools: number;
      teachers: number;
      officers: number;
      admins: number;
      statuses: number;
      ideaCountries: number;
      projectStatuses: number;
      publicProjects: number;
    }>`
      select
        (select count(distinct country_code) from schools)::int as countries,
        (select count(*) from schools)::int as schools,
        (select count(*) from users where role = 'teacher')::int as teachers,
        (select count(distinct country_code) from users where role = 'nss')::int as officers,
        (select count(*) from users where role = 'admin')::int as admins,
        (select count(distinct status) from users where role = 'teacher')::int as statuses,
        (select count(distinct u.country_code) from project_ideas i join users u on u.id = i.author_id)::int as "ideaCountries",
        (select count(distinct status) from projects)::int as "projectStatuses",
        (select count(*) from projects where is_public and status in ('active', 'closed'))::int as "publicProjects"
    `.execute(database.db);
    const counts = rows[0]!;
    assert.ok(counts.countries >= 10, `${counts.countries} countries`);
    assert.ok(counts.schools >= 200, `${counts.schools} schools`);
    assert.ok(counts.teachers >= 600, `${counts.teachers} teachers`);
    assert.equal(counts.officers, counts.countries);
    assert.equal(counts.admins, 1);
    assert.equal(counts.statuses, 3, 'validated, pending and rejected teachers');
    assert.equal(counts.ideaCountries, counts.countries, 'project ideas from every country');
    assert.equal(counts.projectStatuses, 6, 'projects in every state');
    assert.ok(counts.publicProjects > 0, 'the gallery has projects');

    const second = await loadDemoData(database, options);
    assert.equal(second.alreadyLoaded, true);
    assert.deepEqual(second.logins, first.logins, 'the same log-ins are printed again');
    const { rows: again } = await sql<{
      teachers: number;
      pupils: number;
    }>`select count(*) filter (where role = 'teacher')::int as teachers, count(*) filter (where role = 'pupil')::int as pupils from users`.execute(
      database.db,
    );
    assert.equal(again[0]!.teachers, counts.teachers);
    assert.equal(again[0]!.pupils, 12);

    // The printed log-ins work, and the Polish officer has Polish teachers to validate.
    const session = await signIn(app, { email: 'nss.pl@demo.example', password: demoPassword });
    const queue = validationQueueResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/nss/pending-teachers', headers: { cookie: session.cookie } })).json(),
    );
    assert.ok(queue.total > 0);
    assert.ok(queue.teachers.every((teacher) => teacher.countryCode === 'PL'));
    assert.match(queue.teachers[0]!.profile.presentation, /[ąćęłńóśźż]|szkoł|uczni/i, 'written in Polish');
  });
});

describe('the demo TwinSpace', () => {
  it('is the demo founder’s first active project, as the e2e specs find it', async () => {
    const mine = myTwinspacesSchema.parse((await expectStatus(await call(founder, 'GET', '/api/my-twinspaces'), 200)).json());
    assert.equal(mine.twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder')?.projectId, projectId);
  });

  it('has a class of four at each member school, accounts agreed, image consents mixed; each printed pupil signs in with the demo password and no card to change', async () => {
    const pupils = await database.db
      .selectFrom('project_pupils as pp')
      .innerJoin('pupils as p', 'p.user_id', 'pp.pupil_id')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select([
        'p.school_id as schoolId',
        sql<string | null>`p.account_consent_on::text`.as('accountConsentOn'),
        'p.image_consent as imageConsent',
        'u.password_must_change as mustChange',
      ])
      .where('pp.project_id', '=', projectId!)
      .execute();
    const memberSchools = await database.db
      .selectFrom('project_members')
      .select('school_id')
      .distinct()
      .where('project_id', '=', projectId!)
      .execute();
    assert.equal(memberSchools.length, 3);
    for (const { school_id } of memberSchools) {
      const mine = pupils.filter((pupil) => pupil.schoolId === school_id);
      assert.equal(mine.length, 4);
      assert.deepEqual(new Set(mine.map((pupil) => pupil.imageConsent)), new Set(['public', 'project', 'none']));
    }
    assert.ok(pupils.every((pupil) => pupil.accountConsentOn !== null && !pupil.mustChange));

    assert.equal(pupilLogins.length, 3, 'one log-in printed per class');
    for (const { login } of pupilLogins) {
      assert.match(login, /^[a-z]+\.[a-z]\d{2}$/);
      const pupil = await signInAsPupil(login);
      assert.equal(pupil.passwordMustChange, false);
      const theirs = myTwinspacesSchema.parse((await expectStatus(await call(pupil, 'GET', '/api/my-twinspaces'), 200)).json());
      assert.deepEqual(
        theirs.twinspaces.map((twinspace) => twinspace.projectId),
        [projectId],
      );
    }
  });

  it('has a theme page with two class pages, written by teachers and pupils, stored as the editor stores them', async () => {
    const pupil = await signInAsPupil(pupilLogins[0]!.login);
    const { pages } = pageTreeSchema.parse((await expectStatus(await call(pupil, 'GET', `/api/projects/${projectId}/pages`), 200)).json());
    const [theme, ...children] = pages;
    assert.equal(pages.length, 3);
    assert.equal(theme!.parentId, null);
    assert.deepEqual(
      children.map((page) => page.parentId),
      [theme!.id, theme!.id],
    );
    for (const summary of pages) {
      const page = pageDetailSchema.parse((await expectStatus(await call(pupil, 'GET', `/api/pages/${summary.id}`), 200)).json());
      assert.ok(page.html.replace(/<[^>]+>/g, '').length > 300, `${summary.title} has text`);
      // The stored Yjs document is the page's text: it renders the stored HTML, and the server's sanitiser finds nothing to change.
      const stored = await database.db
        .selectFrom('twinspace_pages')
        .select('document')
        .where('id', '=', summary.id)
        .executeTakeFirstOrThrow();
      const doc = documentFrom(stored.document);
      const before = doc.getXmlFragment(pageFragmentName).toJSON();
      assert.equal(renderHtml(doc), page.html);
      sanitizeTypes(doc, [doc.getXmlFragment(pageFragmentName)]);
      assert.equal(doc.getXmlFragment(pageFragmentName).toJSON(), before);
      const { versions } = pageVersionsSchema.parse(
        (await expectStatus(await call(pupil, 'GET', `/api/pages/${summary.id}/versions`), 200)).json(),
      );
      assert.equal(versions.length, 3, 'a version per draft');
      assert.equal(new Set(versions.flatMap((version) => version.authors)).size, summary.id === theme!.id ? 2 : 3, 'co-written');
    }
    const classPages = await Promise.all(
      children.map(async (child) => pageDetailSchema.parse((await call(founder, 'GET', `/api/pages/${child.id}`)).json())),
    );
    assert.match(classPages[0]!.html, /<em>Bonjour de toute notre classe/, 'the French class writes a little French');
  });

  it('makes public only a page whose every pupil shown has public consent, and the visitor reads it', async () => {
    const { pages } = pageTreeSchema.parse((await call(founder, 'GET', `/api/projects/${projectId}/pages`)).json());
    const details = await Promise.all(
      pages.map(async (page) => pageDetailSchema.parse((await call(founder, 'GET', `/api/pages/${page.id}`)).json())),
    );
    const published = details.filter((detail) => detail.page.visibility === 'public');
    assert.equal(published.length, 1);
    const [open] = published;
    assert.ok(open!.taggedPupils.length > 0);
    assert.ok(open!.taggedPupils.every((pupil) => pupil.imageConsent === 'public'));
    const visitor = publicPageSchema.parse(
      (await expectStatus(await app.inject({ method: 'GET', url: `/api/gallery/${projectId}/pages/${open!.page.id}` }), 200)).json(),
    );
    assert.match(visitor.html, /Who we are/);
    // The other class page shows a pupil without it, so it stays with the members.
    assert.ok(details.some((detail) => detail.page.visibility === 'members' && detail.publicationBlockedBy.length > 0));
  });

  it('has a drawing in an album, shown on the theme page, and the home tells what happened', async () => {
    const { materials } = materialsPageSchema.parse(
      (await expectStatus(await call(founder, 'GET', `/api/projects/${projectId}/materials`), 200)).json(),
    );
    assert.equal(materials.length, 1);
    const [drawing] = materials;
    assert.equal(drawing!.kind, 'image');
    const file = await expectStatus(await call(founder, 'GET', `/api/materials/${drawing!.id}/file?inline=1`), 200);
    assert.equal(file.headers['content-type'], 'image/png');
    await expectStatus(await call(founder, 'GET', `/api/materials/${drawing!.id}/thumbnail`), 200);
    const { pages } = pageTreeSchema.parse((await call(founder, 'GET', `/api/projects/${projectId}/pages`)).json());
    const theme = pageDetailSchema.parse((await call(founder, 'GET', `/api/pages/${pages[0]!.id}`)).json());
    assert.ok(theme.html.includes(`<img src="/api/materials/${drawing!.id}/file?inline=1"`));

    const home = twinspaceHomeSchema.parse(
      (await expectStatus(await call(founder, 'GET', `/api/projects/${projectId}/twinspace`), 200)).json(),
    );
    assert.deepEqual(
      home.attention,
      [{ kind: 'pupils_without_image_consent', count: 1 }],
      'one family of the class has not agreed to images',
    );
    assert.deepEqual(
      home.latestChanges.slice(0, 2).map(({ kind, title }) => ({ kind, title })),
      [
        { kind: 'page_edited', title: 'Meet the partners' },
        { kind: 'materials_added', title: 'Our drawings' },
      ],
    );
    const pupilNames = new Set(home.schools.flatMap((school) => school.pupils.map((pupil) => pupil.firstName)));
    assert.ok(pupilNames.has(home.latestChanges[1]!.by ?? ''), 'a pupil uploaded the drawing');
    assert.ok(
      home.latestChanges.some((change) => change.kind === 'page_edited' && pupilNames.has(change.by ?? '')),
      'pupils wrote the class pages',
    );
  });
});
