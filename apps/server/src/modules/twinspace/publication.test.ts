import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Material } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { uploader } from '../../test/materials-factory.ts';
import { smallPng } from '../../test/sample-files.ts';
import { buildTwinspace, caller, createPupils, expectStatus } from '../../test/twinspace-factory.ts';

// Races need a server with real concurrency: on PGlite (one connection) the rounds run one after the other.
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { dataDir: await temporaryDataDir() } });
const call = caller(app);
const { upload } = uploader(app);
const today = new Date().toISOString().slice(0, 10);
const rounds = 30;

const a = await buildTwinspace(app, database.db, 'Consent races');
const [lea] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin']);
const pupilId = lea!.id;

const consentOf = (imageConsent: 'public' | 'project') => ({ accountConsentOn: today, imageConsent, imageConsentOn: today });
const giveConsent = async () => expectStatus(await call(a.founderFR, 'PUT', `/api/pupils/${pupilId}/consent`, consentOf('public')), 204);
const withdrawConsent = () => call(a.founderFR, 'PUT', `/api/pupils/${pupilId}/consent`, consentOf('project'));

async function newPage(title: string): Promise<string> {
  return (await expectStatus(await call(a.founderFR, 'POST', `/api/projects/${a.projectId}/pages`, { title }), 201)).json<{ id: string }>()
    .id;
}

async function visibilityOfPage(pageId: string): Promise<string> {
  return (await database.db.selectFrom('twinspace_pages').select('visibility').where('id', '=', pageId).executeTakeFirstOrThrow())
    .visibility;
}

async function visibilityOfMaterial(materialId: string): Promise<string> {
  return (await database.db.selectFrom('materials').select('visibility').where('id', '=', materialId).executeTakeFirstOrThrow()).visibility;
}

/** Runs both at the same moment, `rounds` times; counts the rounds that end public without consent. */
async function race(prepare: () => Promise<void>, publish: () => Promise<unknown>, isPublic: () => Promise<boolean>): Promise<number> {
  let leaks = 0;
  for (let round = 0; round < rounds; round++) {
    await giveConsent();
    await prepare();
    const [, withdrawn] = await Promise.all([publish(), withdrawConsent()]);
    assert.equal(withdrawn.statusCode, 204, withdrawn.body);
    if (await isPublic()) leaks++;
  }
  return leaks;
}

describe('publishing while a consent is withdrawn, at the same moment', () => {
  it('a page never stays public showing a pupil whose public consent was withdrawn', async () => {
    const pageId = await newPage('Our class photo');
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${pageId}/pupils`, { pupilIds: [pupilId] }), 204);
    const leaks = await race(
      async () => void (await database.db.updateTable('twinspace_pages').set({ visibility: 'members' }).where('id', '=', pageId).execute()),
      () => call(a.founderFR, 'PATCH', `/api/pages/${pageId}`, { visibility: 'public' }),
      async () => (await visibilityOfPage(pageId)) === 'public',
    );
    assert.equal(leaks, 0, `public without consent in ${leaks} of ${rounds} rounds`);
  });

  it('publishing a public page again while the consent is withdrawn: neither waits for the other in a cycle, and it ends members-only', async () => {
    const pageId = await newPage('Our class, published again');
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${pageId}/pupils`, { pupilIds: [pupilId] }), 204);
    const leaks = await race(
      async () => void (await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${pageId}`, { visibility: 'public' }), 204)),
      () => call(a.founderFR, 'PATCH', `/api/pages/${pageId}`, { visibility: 'public' }),
      async () => (await visibilityOfPage(pageId)) === 'public',
    );
    assert.equal(leaks, 0, `public without consent in ${leaks} of ${rounds} rounds`);
  });

  it('tagging a pupil in a public page never leaves it public without their consent', async () => {
    const pageId = await newPage('Our trip');
    const leaks = await race(
      async () => {
        await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${pageId}/pupils`, { pupilIds: [] }), 204);
        await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${pageId}`, { visibility: 'public' }), 204);
      },
      () => call(a.founderFR, 'PUT', `/api/pages/${pageId}/pupils`, { pupilIds: [pupilId] }),
      async () =>
        (await visibilityOfPage(pageId)) === 'public' &&
        (await database.db.selectFrom('page_pupils').select('pupil_id').where('page_id', '=', pageId).execute()).length > 0,
    );
    assert.equal(leaks, 0, `public without consent in ${leaks} of ${rounds} rounds`);
  });

  it('a material never stays public showing a pupil whose public consent was withdrawn', async () => {
    const photo: Material = await upload(a.founderFR, a.projectId, 'class.png', await smallPng());
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${photo.id}/pupils`, { pupilIds: [pupilId] }), 200);
    const leaks = await race(
      async () => void (await database.db.updateTable('materials').set({ visibility: 'members' }).where('id', '=', photo.id).execute()),
      () => call(a.founderFR, 'PUT', `/api/materials/${photo.id}/visibility`, { visibility: 'public' }),
      async () => (await visibilityOfMaterial(photo.id)) === 'public',
    );
    assert.equal(leaks, 0, `public without consent in ${leaks} of ${rounds} rounds`);
  });
});
