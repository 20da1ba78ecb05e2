import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { twinspaceHomeSchema, type TwinspaceHome } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { uploader } from '../../test/materials-factory.ts';
import { smallPdf, smallPng } from '../../test/sample-files.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { dataDir: await temporaryDataDir() } });
const call = caller(app);
const { upload } = uploader(app);

async function latestChanges(who: Person, projectId: string): Promise<TwinspaceHome['latestChanges']> {
  return twinspaceHomeSchema.parse((await expectStatus(await call(who, 'GET', `/api/projects/${projectId}/twinspace`), 200)).json())
    .latestChanges;
}

const materialLines = (changes: TwinspaceHome['latestChanges']) =>
  changes.filter((change) => change.kind === 'materials_added').map(({ title, by, count }) => ({ title, by, count }));

describe('the latest changes of a TwinSpace home', () => {
  it('show the materials added, one line for what one person put in one album within an hour, to every member', async () => {
    const space = await buildTwinspace(app, database.db, 'Materials in the feed');
    const [card] = await createPupils(app, space.founderPL, space.projectId, ['Zuzanna Kowalska']);
    const pupil = await signInPupil(app, card!);
    const { id: albumId } = (
      await expectStatus(await call(space.founderFR, 'POST', `/api/projects/${space.projectId}/albums`, { title: 'Trip to Lyon' }), 201)
    ).json<{ id: string }>();
    for (const name of ['bridge.png', 'market.png', 'river.png'])
      await upload(space.founderFR, space.projectId, name, await smallPng(), { albumId });
    await upload(pupil, space.projectId, 'our-poem.pdf', smallPdf());

    const seenByTeacher = await latestChanges(space.memberFR, space.projectId);
    assert.deepEqual(materialLines(seenByTeacher), [
      { title: null, by: 'Zuzanna', count: 1 },
      { title: 'Trip to Lyon', by: 'Founder FR', count: 3 },
    ]);
    assert.equal(seenByTeacher[0]!.kind, 'materials_added', 'newest first');
    assert.equal(seenByTeacher[0]!.pageId, null);
    // The pupil reads the same feed; her own last name is nowhere in it.
    const seenByPupil = await latestChanges(pupil, space.projectId);
    assert.deepEqual(seenByPupil, seenByTeacher);
    assert.doesNotMatch(JSON.stringify(seenByPupil), /Kowalska/);
  });

  it('split what came hours apart, forget deleted materials, and stay at 15 lines', async () => {
    const space = await buildTwinspace(app, database.db, 'A busy TwinSpace');
    const earlier = await upload(space.founderPL, space.projectId, 'first.png', await smallPng());
    const later = await upload(space.founderPL, space.projectId, 'second.png', await smallPng());
    await database.db
      .updateTable('materials')
      .set({ created_at: new Date(Date.now() - 3 * 3_600_000) })
      .where('id', '=', earlier.id)
      .execute();
    assert.deepEqual(materialLines(await latestChanges(space.founderFR, space.projectId)), [
      { title: null, by: 'Founder PL', count: 1 },
      { title: null, by: 'Founder PL', count: 1 },
    ]);
    await expectStatus(await call(space.founderPL, 'DELETE', `/api/materials/${later.id}`), 204);
    assert.equal(materialLines(await latestChanges(space.founderFR, space.projectId)).length, 1);

    for (let index = 1; index <= 16; index++)
      await expectStatus(await call(space.founderFR, 'POST', `/api/projects/${space.projectId}/pages`, { title: `Week ${index}` }), 201);
    const changes = await latestChanges(space.founderFR, space.projectId);
    assert.equal(changes.length, 15);
    assert.deepEqual(
      changes.map((change) => change.at),
      changes
        .map((change) => change.at)
        .toSorted()
        .reverse(),
      'newest first',
    );
  });
});
