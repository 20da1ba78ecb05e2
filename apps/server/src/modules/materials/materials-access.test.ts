import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { albumSchema, materialSchema, materialsPageSchema, type ErrorBody, type Material } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { filesUnder, temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { uploader } from '../../test/materials-factory.ts';
import { photoWithLocation, smallPdf } from '../../test/sample-files.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const dataDir = await temporaryDataDir();
const app = await buildTestApp({ database, config: { dataDir } });
const call = caller(app);
const { send, upload } = uploader(app);
const today = new Date().toISOString().slice(0, 10);

const a = await buildTwinspace(app, database.db, 'Project A');
const b = await buildTwinspace(app, database.db, 'Project B');
const [leaCard, tomCard] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin', 'Tom Petit']);
const [kasiaCard] = await createPupils(app, a.founderPL, a.projectId, ['Kasia Nowak']);
const [bCard] = await createPupils(app, b.founderFR, b.projectId, ['Hugo Blanc']);
const lea = await signInPupil(app, leaCard!);
const tom = await signInPupil(app, tomCard!);
const pupilOfB = await signInPupil(app, bCard!);

async function consent(teacher: Person, pupilId: string, imageConsent: 'none' | 'project' | 'public'): Promise<void> {
  await expectStatus(
    await call(teacher, 'PUT', `/api/pupils/${pupilId}/consent`, {
      accountConsentOn: today,
      imageConsent,
      imageConsentOn: imageConsent === 'none' ? null : today,
    }),
    204,
  );
}

async function detail(who: Person | undefined, id: string): Promise<Material> {
  return materialSchema.parse((await expectStatus(await call(who, 'GET', `/api/materials/${id}`), 200)).json());
}

async function setTags(who: Person, id: string, pupilIds: string[], status = 200): Promise<Material | undefined> {
  const response = await expectStatus(await call(who, 'PUT', `/api/materials/${id}/pupils`, { pupilIds }), status);
  return status === 200 ? materialSchema.parse(response.json()) : undefined;
}

function errorCode(response: { body: string }): string {
  return (JSON.parse(response.body) as ErrorBody).error.code;
}

describe('who reads and changes materials', () => {
  it('a pupil of project B reads, downloads and uploads nothing of project A', async () => {
    const material = await upload(a.founderFR, a.projectId, 'plan.pdf', smallPdf());
    const refused = [
      await call(pupilOfB, 'GET', `/api/projects/${a.projectId}/materials`),
      await call(pupilOfB, 'GET', `/api/materials/${material.id}`),
      await call(pupilOfB, 'GET', `/api/materials/${material.id}/file`),
      await call(pupilOfB, 'PUT', `/api/materials/${material.id}/pupils`, { pupilIds: [bCard!.id] }),
      await call(pupilOfB, 'DELETE', `/api/materials/${material.id}`),
      await send(pupilOfB, a.projectId, 'mine.pdf', smallPdf()),
    ];
    for (const response of refused) assert.equal(response.statusCode, 404, response.body);
  });

  it('a teacher of project A reads nothing of project B', async () => {
    const material = await upload(b.founderPL, b.projectId, 'b.pdf', smallPdf());
    for (const url of [`/api/projects/${b.projectId}/materials`, `/api/materials/${material.id}`, `/api/materials/${material.id}/file`]) {
      assert.equal((await call(a.founderFR, 'GET', url)).statusCode, 404, url);
    }
    assert.equal((await call(a.founderFR, 'PUT', `/api/materials/${material.id}/visibility`, { visibility: 'public' })).statusCode, 404);
    assert.equal((await send(a.founderFR, b.projectId, 'a.pdf', smallPdf())).statusCode, 404);
  });

  it('pupils upload and tag; they change neither others’ materials nor what is public, and remove no tag', async () => {
    const teachers = await upload(a.memberFR, a.projectId, 'teachers.pdf', smallPdf());
    const own = await upload(lea, a.projectId, 'my drawing.jpg', await photoWithLocation());
    assert.deepEqual([own.uploadedBy?.name, own.can.delete, own.can.changeVisibility], ['Léa', true, false], 'a pupil by first name');
    assert.equal((await setTags(lea, own.id, [leaCard!.id, tomCard!.id]))?.taggedPupils.length, 2);
    assert.equal(await setTags(lea, own.id, [leaCard!.id], 403), undefined);
    assert.deepEqual(
      (await detail(lea, own.id)).taggedPupils.map((pupil) => [pupil.firstName, pupil.imageConsent]),
      [
        ['Léa', null],
        ['Tom', null],
      ],
      'consent is for teachers',
    );
    assert.deepEqual((await detail(lea, own.id)).publicationBlockedBy, []);

    const refused = [
      await call(tom, 'DELETE', `/api/materials/${own.id}`),
      await call(lea, 'DELETE', `/api/materials/${teachers.id}`),
      await call(lea, 'PATCH', `/api/materials/${teachers.id}`, { title: 'Mine now' }),
      await call(lea, 'PUT', `/api/materials/${own.id}/visibility`, { visibility: 'public' }),
      await call(lea, 'POST', `/api/projects/${a.projectId}/albums`, { title: 'Our trip' }),
    ];
    for (const response of refused) assert.equal(response.statusCode, 403, response.body);
    await expectStatus(await call(lea, 'PATCH', `/api/materials/${own.id}`, { title: 'The river', description: 'Drawn in class' }), 200);
    await expectStatus(await call(a.founderPL, 'PUT', `/api/materials/${own.id}/pupils`, { pupilIds: [] }), 200);
    // Once public, what the world reads of it is the teachers' to change; the pupil may still take it down.
    await expectStatus(await call(a.founderPL, 'PUT', `/api/materials/${own.id}/visibility`, { visibility: 'public' }), 200);
    assert.deepEqual([(await detail(lea, own.id)).can.edit, (await detail(lea, own.id)).can.delete], [false, true]);
    assert.equal((await call(lea, 'PATCH', `/api/materials/${own.id}`, { description: 'my phone number' })).statusCode, 403);
    assert.equal((await detail(a.founderPL, own.id)).description, 'Drawn in class');
    await expectStatus(await call(lea, 'DELETE', `/api/materials/${own.id}`), 204);
    await expectStatus(await call(a.founderPL, 'DELETE', `/api/materials/${teachers.id}`), 204);
  });

  it('only pupils of the project can be tagged', async () => {
    const material = await upload(a.founderFR, a.projectId, 'group.jpg', await photoWithLocation());
    const response = await call(a.founderFR, 'PUT', `/api/materials/${material.id}/pupils`, { pupilIds: [bCard!.id] });
    assert.equal(response.statusCode, 400, response.body);
    assert.equal((await detail(a.founderFR, material.id)).taggedPupils.length, 0);
  });

  it('a visitor sees a public material without any name, and nothing else', async () => {
    const hidden = await upload(a.founderFR, a.projectId, 'inside.jpg', await photoWithLocation());
    const shown = await upload(lea, a.projectId, 'outside.jpg', await photoWithLocation());
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${shown.id}/visibility`, { visibility: 'public' }), 200);
    for (const suffix of ['', '/file', '/thumbnail']) {
      assert.equal((await call(undefined, 'GET', `/api/materials/${hidden.id}${suffix}`)).statusCode, 404, suffix);
      assert.equal((await call(undefined, 'GET', `/api/materials/${shown.id}${suffix}`)).statusCode, 200, suffix);
    }
    const seen = await detail(undefined, shown.id);
    assert.deepEqual([seen.uploadedBy, seen.taggedPupils, seen.can.edit], [null, [], false]);
    assert.equal((await call(undefined, 'GET', `/api/projects/${a.projectId}/materials`)).statusCode, 401);
    assert.equal((await call(pupilOfB, 'GET', `/api/materials/${shown.id}`)).statusCode, 200, 'public is public');
    assert.equal((await call(pupilOfB, 'DELETE', `/api/materials/${shown.id}`)).statusCode, 403);
  });
});

describe('public only with every tagged pupil’s consent', () => {
  it('is refused while a pupil lacks public consent, naming them; allowed after consent; withdrawn consent makes it members-only', async () => {
    const photo = await upload(a.founderFR, a.projectId, 'exchange.jpg', await photoWithLocation());
    await setTags(a.founderFR, photo.id, [leaCard!.id, kasiaCard!.id]);
    await consent(a.founderFR, leaCard!.id, 'public');
    const before = await detail(a.founderFR, photo.id);
    // Who blocks it, but not her consent: that is for the teachers who look after her.
    assert.deepEqual(
      before.publicationBlockedBy.map((pupil) => [pupil.firstName, pupil.imageConsent]),
      [['Kasia', null]],
    );
    assert.match(before.publicationBlockedBy[0]!.schoolName, /\S/);

    const refused = await call(a.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' });
    assert.equal(refused.statusCode, 409);
    assert.equal(errorCode(refused), 'image_consent_missing');
    assert.match(refused.body, /Kasia/);
    assert.equal((await detail(a.founderFR, photo.id)).visibility, 'members');

    await consent(a.founderPL, kasiaCard!.id, 'public');
    const published = materialSchema.parse(
      (await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' }), 200)).json(),
    );
    assert.deepEqual([published.visibility, published.publicationBlockedBy], ['public', []]);
    assert.equal((await call(undefined, 'GET', `/api/materials/${photo.id}/file`)).statusCode, 200);

    await consent(a.founderPL, kasiaCard!.id, 'project');
    assert.equal((await detail(a.founderFR, photo.id)).visibility, 'members');
    assert.equal((await call(undefined, 'GET', `/api/materials/${photo.id}/file`)).statusCode, 404);
  });

  it('deleting a pupil’s account makes what showed them members-only', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Inès Faure']);
    await consent(a.founderFR, card!.id, 'public');
    const photo = await upload(a.founderFR, a.projectId, 'choir.jpg', await photoWithLocation());
    await setTags(a.founderFR, photo.id, [card!.id]);
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' }), 200);
    await expectStatus(await call(a.founderFR, 'DELETE', `/api/pupils/${card!.id}`), 204);
    const after = await detail(a.founderFR, photo.id);
    assert.deepEqual([after.visibility, after.taggedPupils], ['members', []]);
  });

  it('tagging a pupil without public consent in a public material makes it members-only', async () => {
    const photo = await upload(a.founderFR, a.projectId, 'market.jpg', await photoWithLocation());
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' }), 200);
    const tagged = await setTags(tom, photo.id, [tomCard!.id]);
    assert.equal(tagged?.visibility, 'members');
  });
});

describe('albums, pages and deletion', () => {
  it('teachers sort materials into albums; the list filters by album and pages by keyset', async () => {
    const project = await buildTwinspace(app, database.db, 'Project Albums');
    const album = albumSchema.parse(
      (
        await expectStatus(
          await call(project.founderFR, 'POST', `/api/projects/${project.projectId}/albums`, { title: 'Autumn trip' }),
          201,
        )
      ).json(),
    );
    const inAlbum = await upload(project.memberFR, project.projectId, 'leaves.jpg', await photoWithLocation(), { albumId: album.id });
    for (const name of ['one.pdf', 'two.pdf', 'three.pdf']) await upload(project.founderPL, project.projectId, name, smallPdf());
    assert.equal(
      (await send(project.memberFR, project.projectId, 'x.pdf', smallPdf(), { albumId: (await otherAlbum()).id })).statusCode,
      404,
    );

    const list = (query: string) =>
      call(project.memberFR, 'GET', `/api/projects/${project.projectId}/materials${query}`).then((response) =>
        materialsPageSchema.parse(response.json()),
      );
    const first = await list('?limit=2');
    assert.deepEqual(
      first.materials.map((material) => material.originalName),
      ['three.pdf', 'two.pdf'],
    );
    const second = await list(`?limit=2&after=${first.nextCursor}`);
    assert.deepEqual([second.materials.map((material) => material.originalName), second.nextCursor], [['one.pdf', 'leaves.jpg'], null]);
    assert.deepEqual(
      (await list(`?albumId=${album.id}`)).materials.map((material) => material.id),
      [inAlbum.id],
    );
    assert.deepEqual(
      (await list('')).albums.map((item) => [item.title, item.materialCount]),
      [['Autumn trip', 1]],
    );
    assert.deepEqual(
      [first.can.upload, first.can.manageAlbums],
      [true, true],
      'a member teacher uploads; a member teacher manages albums too',
    );

    await expectStatus(await call(project.founderPL, 'PATCH', `/api/albums/${album.id}`, { title: 'Autumn walk' }), 200);
    assert.equal((await call(a.founderFR, 'DELETE', `/api/albums/${album.id}`)).statusCode, 404, 'a stranger');
    await expectStatus(await call(project.founderPL, 'DELETE', `/api/albums/${album.id}`), 204);
    assert.equal((await detail(project.memberFR, inAlbum.id)).albumId, null, 'the material stays, outside any album');
  });

  it('deleting a material removes its files; a closed project is read-only', async () => {
    const project = await buildTwinspace(app, database.db, 'Project Closing');
    const photo = await upload(project.founderFR, project.projectId, 'end.jpg', await photoWithLocation());
    const projectFiles = path.join(dataDir, 'files', 'materials', project.projectId);
    assert.equal((await filesUnder(projectFiles)).length, 2, 'the image and its thumbnail');
    const pdf = await upload(project.founderFR, project.projectId, 'end.pdf', smallPdf());
    await expectStatus(await call(project.founderFR, 'DELETE', `/api/materials/${pdf.id}`), 204);
    assert.equal((await filesUnder(projectFiles)).length, 2);

    await database.db.updateTable('projects').set({ status: 'closed' }).where('id', '=', project.projectId).execute();
    assert.equal((await send(project.founderFR, project.projectId, 'late.pdf', smallPdf())).statusCode, 403);
    assert.equal((await call(project.founderFR, 'DELETE', `/api/materials/${photo.id}`)).statusCode, 403);
    assert.equal((await call(project.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' })).statusCode, 403);
    await expectStatus(await call(project.memberFR, 'GET', `/api/materials/${photo.id}/file`), 200);
  });
});

async function otherAlbum() {
  return albumSchema.parse(
    (await expectStatus(await call(b.founderFR, 'POST', `/api/projects/${b.projectId}/albums`, { title: 'Elsewhere' }), 201)).json(),
  );
}
