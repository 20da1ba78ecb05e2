import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { errorBodySchema } from '@jumelage/contracts';
import sharp from 'sharp';
import { atOnce } from '../../platform/rate-limit.ts';
import { buildTestApp } from '../../test/app.ts';
import { temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn } from '../../test/factories.ts';
import { uploader } from '../../test/materials-factory.ts';
import { smallPng } from '../../test/sample-files.ts';
import { buildTwinspace, type Person } from '../../test/twinspace-factory.ts';
import { imageDecoding } from './images.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { dataDir: await temporaryDataDir() } });
const { send } = uploader(app);
const a = await buildTwinspace(app, database.db);

/** A file's bytes that arrive in two parts: the rest only once `finish` is called. */
function slowBody(bytes: Buffer) {
  let finish = () => {};
  let markRead = () => {};
  const read = new Promise<void>((resolve) => (markRead = resolve));
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let started = false;
  const body = new Readable({
    read() {
      markRead();
      if (started) return;
      started = true;
      this.push(bytes.subarray(0, 100));
      void finished.then(() => {
        this.push(bytes.subarray(100));
        this.push(null);
      });
    },
  });
  return { body, read, finish };
}

function uploadOf(who: Person, bytes: Buffer | Readable, name = 'poster.png') {
  return app.inject({
    method: 'POST',
    url: `/api/projects/${a.projectId}/materials?name=${name}`,
    headers: { ...asSignedIn(who.session), 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}

describe('uploads at once', () => {
  it('one person has a few under way; the next is refused with 429 until one ends, and others are not held up', async () => {
    const png = await smallPng();
    const held = Array.from({ length: atOnce.uploadsPerPerson }, () => slowBody(png));
    const underWay = held.map((upload) => uploadOf(a.memberFR, upload.body));
    await Promise.all(held.map((upload) => upload.read));

    const refused = await uploadOf(a.memberFR, png);
    assert.equal(refused.statusCode, 429);
    assert.equal(errorBodySchema.parse(refused.json()).error.code, 'too_many_uploads');
    assert.equal((await uploadOf(a.founderFR, png)).statusCode, 201, 'someone else uploads meanwhile');

    for (const upload of held) upload.finish();
    assert.deepEqual(
      (await Promise.all(underWay)).map((response) => response.statusCode),
      held.map(() => 201),
    );
    assert.equal((await uploadOf(a.memberFR, png)).statusCode, 201, 'the uploads that ended free their places');
  });

  it('images are decoded a few at a time in the process, the others wait their turn', async () => {
    // 12 megapixels in a small file: each decode takes a while and a lot of memory.
    const large = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const decoding = { most: 0, waited: false };
    const watch = setInterval(() => {
      const now = imageDecoding();
      decoding.most = Math.max(decoding.most, now.active);
      decoding.waited ||= now.waiting > 0;
    }, 2);
    const people = [a.founderFR, a.founderPL];
    const uploads = await Promise.all(
      Array.from({ length: 2 * atOnce.uploadsPerPerson }, (_, index) => send(people[index % 2], a.projectId, `large-${index}.png`, large)),
    );
    clearInterval(watch);
    assert.deepEqual(
      uploads.map((upload) => upload.statusCode),
      uploads.map(() => 201),
    );
    assert.equal(decoding.most, atOnce.imageDecodes);
    assert.ok(decoding.waited, 'some images waited for their turn');
  });
});
