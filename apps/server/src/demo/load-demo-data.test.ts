import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validationQueueResponseSchema } from '@jumelage/contracts';
import { sql } from 'kysely';
import { buildTestApp } from '../test/app.ts';
import { createTestDatabase } from '../test/database.ts';
import { signIn } from '../test/factories.ts';
import { demoPassword, loadDemoData } from './load-demo-data.ts';

describe('demo data', () => {
  it('loads at least 10 countries, 200 schools, 600 teachers, an officer per country and an admin, once', async () => {
    const database = await createTestDatabase();
    const first = await loadDemoData(database, { schoolsPerCountry: 17, teachersPerSchool: 3 });
    assert.equal(first.alreadyLoaded, false);
    const { rows } = await sql<{ countries: number; schools: number; teachers: number; officers: number; admins: number; statuses: number; ideaCountries: number; projectStatuses: number; publicProjects: number }>`
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

    const second = await loadDemoData(database, { schoolsPerCountry: 17, teachersPerSchool: 3 });
    assert.equal(second.alreadyLoaded, true);
    const { rows: again } = await sql<{ teachers: number }>`select count(*)::int as teachers from users where role = 'teacher'`.execute(database.db);
    assert.equal(again[0]!.teachers, counts.teachers);

    // The printed log-ins work, and the Polish officer has Polish teachers to validate.
    const app = await buildTestApp({ database });
    const session = await signIn(app, { email: 'nss.pl@demo.example', password: demoPassword });
    const queue = validationQueueResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/nss/pending-teachers', headers: { cookie: session.cookie } })).json());
    assert.ok(queue.total > 0);
    assert.ok(queue.teachers.every((teacher) => teacher.countryCode === 'PL'));
    assert.match(queue.teachers[0]!.profile.presentation, /[ąćęłńóśźż]|szkoł|uczni/i, 'written in Polish');
  });
});
