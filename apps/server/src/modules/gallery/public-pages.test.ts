import assert from 'node:assert/strict';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  pageDetailSchema,
  pageVersionsSchema,
  publicMaterialsSchema,
  publicPageSchema,
  publicProjectDetailSchema,
  type Material,
} from '@jumelage/contracts';
import * as Y from 'yjs';
import { buildTestApp } from '../../test/app.ts';
import { openPage, waitFor } from '../../test/collab-client.ts';
import { temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { uploader } from '../../test/materials-factory.ts';
import { smallPdf, smallPng } from '../../test/sample-files.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';

// The app's own page template, as the built app has it: the server writes gallery pages into it.
const webDistDir = await mkdtemp(path.join(tmpdir(), 'jumelage-web-'));
await copyFile(new URL('../../../../web/index.html', import.meta.url), path.join(webDistDir, 'index.html'));

const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { webDistDir, dataDir: await temporaryDataDir() } });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const call = caller(app);
const { upload } = uploader(app);
const today = new Date().toISOString().slice(0, 10);

// Every answer a visitor receives, to check at the end that none names a person.
const answers: string[] = [];
async function visit(url: string, status = 200) {
  const response = await expectStatus(await app.inject({ method: 'GET', url }), status);
  answers.push(response.body);
  return response;
}

const a = await buildTwinspace(app, database.db, 'Rivers of Europe');
const b = await buildTwinspace(app, database.db, 'Another public project');
const hidden = await buildTwinspace(app, database.db, 'A private project');
await expectStatus(await call(hidden.founderFR, 'PUT', `/api/projects/${hidden.projectId}/visibility`, { isPublic: false }), 204);

// Léa is shown in a public photo and a public page, with her family's agreement.
const [lea] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin']);
await expectStatus(
  await call(a.founderFR, 'PUT', `/api/pupils/${lea!.id}/consent`, {
    accountConsentOn: today,
    imageConsent: 'public',
    imageConsentOn: today,
  }),
  204,
);

async function makePublic(teacher: Person, material: Material): Promise<Material> {
  await expectStatus(await call(teacher, 'PUT', `/api/materials/${material.id}/visibility`, { visibility: 'public' }), 200);
  return material;
}
const album = (
  await expectStatus(await call(a.founderFR, 'POST', `/api/projects/${a.projectId}/albums`, { title: 'Trip to the river' }), 201)
).json<{ id: string }>();
const publicPhoto = await upload(a.memberFR, a.projectId, 'river.png', await smallPng(), { albumId: album.id });
await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${publicPhoto.id}/pupils`, { pupilIds: [lea!.id] }), 200);
await makePublic(a.founderFR, publicPhoto);
const privatePhoto = await upload(a.memberFR, a.projectId, 'class-faces.png', await smallPng());
const publicLeaflet = await makePublic(a.founderPL, await upload(a.founderPL, a.projectId, 'leaflet.pdf', smallPdf()));
const privateNotes = await upload(a.founderPL, a.projectId, 'teacher-notes.pdf', smallPdf());
const otherProjectPhoto = await makePublic(b.founderFR, await upload(b.founderFR, b.projectId, 'elsewhere.png', await smallPng()));

const imageOf = (material: Material) => `/api/materials/${material.id}/file?inline=1`;

/** A page made by the teacher, its text written the way the editor writes it (over /api/collab). */
async function newPage(
  teacher: Person,
  projectId: string,
  title: string,
  options: { parentId?: string; text?: string; images?: Material[]; visibility?: 'public' | 'members' } = {},
): Promise<string> {
  const { id } = (
    await expectStatus(await call(teacher, 'POST', `/api/projects/${projectId}/pages`, { title, parentId: options.parentId ?? null }), 201)
  ).json<{ id: string }>();
  const text = options.text ?? `The text of ${title}.`;
  const { documentName } = pageDetailSchema.parse((await expectStatus(await call(teacher, 'GET', `/api/pages/${id}`), 200)).json());
  const editor = openPage(baseUrl, teacher.session.cookie, documentName);
  await editor.acknowledged();
  editor.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    const images = (options.images ?? []).map((material) => {
      const image = new Y.XmlElement('image');
      image.setAttribute('src', imageOf(material));
      image.setAttribute('alt', material.originalName);
      return image;
    });
    editor.doc.getXmlFragment('default').insert(0, [paragraph, ...images]);
  });
  await editor.acknowledged();
  editor.close();
  await waitFor(async () => {
    const row = await database.db.selectFrom('twinspace_pages').select('html').where('id', '=', id).executeTakeFirstOrThrow();
    return row.html.includes(text) && (options.images ?? []).every((material) => row.html.includes(material.id));
  }, `the page “${title}” to be stored`);
  if (options.visibility !== 'members') await expectStatus(await call(teacher, 'PATCH', `/api/pages/${id}`, { visibility: 'public' }), 204);
  return id;
}

const river = await newPage(a.founderFR, a.projectId, 'Our river', {
  text: 'The river starts in the mountains.',
  images: [publicPhoto, privatePhoto, otherProjectPhoto],
});
await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${river}/pupils`, { pupilIds: [lea!.id] }), 204);
const drafts = await newPage(a.founderFR, a.projectId, 'Drafts for the teachers', { parentId: river, visibility: 'members' });
const chapter = await newPage(a.founderPL, a.projectId, 'Chapter one', { parentId: drafts });
const elsewhere = await newPage(b.founderFR, b.projectId, 'A page of another project');
const hiddenPage = await newPage(hidden.founderFR, hidden.projectId, 'A page of a private project');

async function detail(projectId: string) {
  return publicProjectDetailSchema.parse((await visit(`/api/gallery/${projectId}`)).json());
}

describe('the public pages of a project in the gallery', () => {
  it('are listed as a tree, a members-only page climbed over and never named', async () => {
    const { pages } = await detail(a.projectId);
    assert.deepEqual(
      pages.map(({ id, title, parentId }) => ({ id, title, parentId })),
      [
        { id: river, title: 'Our river', parentId: null },
        { id: chapter, title: 'Chapter one', parentId: river },
      ],
    );
    assert.ok(pages.every((page) => !Number.isNaN(Date.parse(page.updatedAt))));
    assert.deepEqual(
      (await detail(b.projectId)).pages.map((page) => page.id),
      [elsewhere],
    );
  });

  it('are read by a visitor: title and text, with the images of public materials of the project only', async () => {
    const page = publicPageSchema.parse((await visit(`/api/gallery/${a.projectId}/pages/${river}`)).json());
    assert.equal(page.title, 'Our river');
    assert.deepEqual(page.project, { id: a.projectId, title: 'Rivers of Europe' });
    assert.match(page.html, /<p>The river starts in the mountains\.<\/p>/);
    assert.ok(page.html.includes(`<img src="${imageOf(publicPhoto)}" alt="river.png" />`), page.html);
    assert.ok(!page.html.includes(privatePhoto.id), 'a members-only image is taken out');
    assert.ok(!page.html.includes(otherProjectPhoto.id), 'an image of another project is taken out');
    // The stored page keeps both for its members.
    const stored = pageDetailSchema.parse((await call(a.memberFR, 'GET', `/api/pages/${river}`)).json());
    assert.ok(stored.html.includes(privatePhoto.id));
  });

  it('follow the materials: an image whose material becomes members-only leaves the public page', async () => {
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${publicPhoto.id}/visibility`, { visibility: 'members' }), 200);
    const page = publicPageSchema.parse((await visit(`/api/gallery/${a.projectId}/pages/${river}`)).json());
    assert.doesNotMatch(page.html, /<img/);
    await makePublic(a.founderFR, publicPhoto);
    assert.match(publicPageSchema.parse((await visit(`/api/gallery/${a.projectId}/pages/${river}`)).json()).html, /<img/);
  });

  it('anything else does not exist: a members-only page, a page of another project under this id, a page of a project not in the gallery', async () => {
    for (const url of [
      `/api/gallery/${a.projectId}/pages/${drafts}`,
      `/api/gallery/${a.projectId}/pages/${elsewhere}`,
      `/api/gallery/${b.projectId}/pages/${river}`,
      `/api/gallery/${hidden.projectId}/pages/${hiddenPage}`,
      `/api/gallery/${hidden.projectId}`,
      `/api/gallery/${hidden.projectId}/materials`,
    ]) {
      const response = await visit(url, 404);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_found', url);
    }
    assert.equal((await visit(`/api/gallery/${a.projectId}/pages/not-a-uuid`, 400)).statusCode, 400);
  });

  it('a page switched back to members-only leaves the list and cannot be read', async () => {
    await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${chapter}`, { visibility: 'members' }), 204);
    assert.deepEqual(
      (await detail(a.projectId)).pages.map((page) => page.title),
      ['Our river'],
    );
    await visit(`/api/gallery/${a.projectId}/pages/${chapter}`, 404);
    await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${chapter}`, { visibility: 'public' }), 204);
  });
});

describe('the public materials of a project in the gallery', () => {
  it('lists the public ones, newest first, with their album, a page at a time', async () => {
    const { materials, nextCursor } = publicMaterialsSchema.parse((await visit(`/api/gallery/${a.projectId}/materials`)).json());
    assert.equal(nextCursor, null);
    assert.deepEqual(
      materials.map(({ id, originalName, kind, mediaType, hasThumbnail, albumTitle }) => ({
        id,
        originalName,
        kind,
        mediaType,
        hasThumbnail,
        albumTitle,
      })),
      [
        {
          id: publicLeaflet.id,
          originalName: 'leaflet.pdf',
          kind: 'pdf',
          mediaType: 'application/pdf',
          hasThumbnail: false,
          albumTitle: null,
        },
        {
          id: publicPhoto.id,
          originalName: 'river.png',
          kind: 'image',
          mediaType: 'image/png',
          hasThumbnail: true,
          albumTitle: 'Trip to the river',
        },
      ],
    );
    const ids = materials.map((material) => material.id);
    assert.ok(!ids.includes(privatePhoto.id) && !ids.includes(privateNotes.id), 'members-only materials are not listed');

    const first = publicMaterialsSchema.parse((await visit(`/api/gallery/${a.projectId}/materials?limit=1`)).json());
    assert.ok(first.nextCursor);
    const second = publicMaterialsSchema.parse(
      (await visit(`/api/gallery/${a.projectId}/materials?limit=1&after=${first.nextCursor}`)).json(),
    );
    assert.deepEqual(
      [...first.materials, ...second.materials].map((material) => material.id),
      ids,
    );
    assert.equal(second.nextCursor, null);
    // The listed files are the ones a visitor may download.
    await visit(`/api/materials/${publicPhoto.id}/thumbnail`);
    await visit(`/api/materials/${privatePhoto.id}/thumbnail`, 404);
  });
});

describe('the public pages without JavaScript', () => {
  it('the project page links its public pages; a public page is HTML with its text, filtered the same way', async () => {
    const project = await visit(`/gallery/${a.projectId}?lang=en`);
    assert.match(project.body, new RegExp(`<a href="/gallery/${a.projectId}/pages/${river}">Our river</a>`));
    assert.match(project.body, new RegExp(`<a href="/gallery/${a.projectId}/pages/${chapter}">Chapter one</a>`));
    assert.doesNotMatch(project.body, /Drafts for the teachers/);

    const page = await visit(`/gallery/${a.projectId}/pages/${river}?lang=en`);
    assert.match(page.body, /<title>Our river — Jumelage project gallery<\/title>/);
    assert.match(page.body, /<h1>Our river<\/h1><p>The river starts in the mountains\.<\/p>/);
    assert.ok(page.body.includes(publicPhoto.id) && !page.body.includes(privatePhoto.id));
    assert.match(page.body, new RegExp(`<a href="/gallery/${a.projectId}">`));

    const missing = await visit(`/gallery/${a.projectId}/pages/${drafts}`, 404);
    assert.doesNotMatch(missing.body, /Drafts for the teachers/);
  });
});

describe('what the public sees is what a teacher published', () => {
  let pupilLea: Person | undefined;
  it('a pupil’s edit to a public page stays with the members until a teacher publishes it', async () => {
    const pupil = await signInPupil(app, lea!);
    pupilLea = pupil;
    const { documentName } = pageDetailSchema.parse((await call(pupil, 'GET', `/api/pages/${river}`)).json());
    const writer = openPage(baseUrl, pupil.session.cookie, documentName);
    await writer.acknowledged();
    writer.type('Not for the world yet. ');
    await writer.acknowledged();
    writer.close();

    const published = (await visit(`/api/gallery/${a.projectId}/pages/${river}`)).json<{ html: string; updatedAt: string }>();
    assert.doesNotMatch(published.html, /Not for the world yet/);
    assert.doesNotMatch((await visit(`/gallery/${a.projectId}/pages/${river}?lang=en`)).body, /Not for the world yet/);
    const seenByTeacher = pageDetailSchema.parse((await call(a.founderPL, 'GET', `/api/pages/${river}`)).json());
    assert.equal(seenByTeacher.publication?.upToDate, false, 'the editors are told the public sees an earlier version');
    assert.equal(seenByTeacher.publication?.publishedBy, 'Founder FR');
    assert.equal(
      pageDetailSchema.parse((await call(pupil, 'GET', `/api/pages/${river}`)).json()).publication?.versionId,
      seenByTeacher.publication?.versionId,
    );

    await expectStatus(await call(a.founderPL, 'PATCH', `/api/pages/${river}`, { visibility: 'public' }), 204);
    assert.match(publicPageSchema.parse((await visit(`/api/gallery/${a.projectId}/pages/${river}`)).json()).html, /Not for the world yet/);
    const republished = pageDetailSchema.parse((await call(a.founderFR, 'GET', `/api/pages/${river}`)).json());
    assert.deepEqual([republished.publication?.upToDate, republished.publication?.publishedBy], [true, 'Founder PL']);
    const { versions } = pageVersionsSchema.parse((await call(a.founderFR, 'GET', `/api/pages/${river}/versions`)).json());
    assert.deepEqual(
      versions.filter((version) => version.published).map((version) => version.id),
      [republished.publication?.versionId],
    );
  });

  it('a members-only page has no publication; a pupil cannot publish', async () => {
    assert.equal(pageDetailSchema.parse((await call(a.founderFR, 'GET', `/api/pages/${drafts}`)).json()).publication, null);
    const refused = await call(pupilLea, 'PATCH', `/api/pages/${river}`, { visibility: 'public' });
    assert.equal(refused.statusCode, 403);
  });
});

describe('a project that leaves the gallery takes everything of it off the open web', () => {
  it('its public materials answer 404 to visitors (details, file, thumbnail) and stay with its members', async () => {
    const urls = [
      `/api/materials/${otherProjectPhoto.id}`,
      `/api/materials/${otherProjectPhoto.id}/file`,
      `/api/materials/${otherProjectPhoto.id}/thumbnail`,
    ];
    for (const url of urls) await visit(url);
    await expectStatus(await call(b.founderFR, 'PUT', `/api/projects/${b.projectId}/visibility`, { isPublic: false }), 204);
    for (const url of urls) assert.equal((await visit(url, 404)).json<{ error: { code: string } }>().error.code, 'not_found', url);
    await visit(`/api/gallery/${b.projectId}/pages/${elsewhere}`, 404);
    for (const url of urls) await expectStatus(await call(b.founderPL, 'GET', url), 200);
    await expectStatus(await call(b.founderFR, 'PUT', `/api/projects/${b.projectId}/visibility`, { isPublic: true }), 204);
    await visit(urls[0]!);
  });
});

describe('what visitors receive', () => {
  it('names no pupil and no teacher', async () => {
    const { username } = lea!;
    assert.ok(answers.length > 15);
    for (const body of answers) {
      for (const person of ['Léa', 'Martin', username, 'Founder', 'Member France', '@example'])
        assert.ok(!body.includes(person), `${person} in ${body.slice(0, 300)}`);
    }
  });
});
