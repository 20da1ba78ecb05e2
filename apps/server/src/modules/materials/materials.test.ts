import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { materialsPageSchema, type ErrorBody } from '@jumelage/contracts';
import sharp from 'sharp';
import { buildTestApp } from '../../test/app.ts';
import { filesUnder, temporaryDataDir } from '../../test/data-dir.ts';
import { createTestDatabase } from '../../test/database.ts';
import { uploader } from '../../test/materials-factory.ts';
import {
  htmlPage,
  photoWithLocation,
  smallDocx,
  smallMp4,
  smallOdt,
  smallPdf,
  smallPng,
  smallWav,
  svgWithScript,
  zipOf,
} from '../../test/sample-files.ts';
import { buildTwinspace, caller, expectStatus } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const dataDir = await temporaryDataDir();
const app = await buildTestApp({ database, config: { dataDir } });
const call = caller(app);
const { send, upload } = uploader(app);
const a = await buildTwinspace(app, database.db, 'Project A');
const filesDir = path.join(dataDir, 'files');

function errorCode(response: { body: string }): string {
  return (JSON.parse(response.body) as ErrorBody).error.code;
}

async function materialCount(): Promise<number> {
  const row = await database.db
    .selectFrom('materials')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function storedBytes(materialId: string): Promise<Buffer> {
  const row = await database.db.selectFrom('materials').select('storage_key').where('id', '=', materialId).executeTakeFirstOrThrow();
  return readFile(path.join(filesDir, row.storage_key));
}

describe('uploads', () => {
  it('keep images, sound, video, PDFs and office documents, each found from its content', async () => {
    const cases: Array<[string, Buffer, string, string]> = [
      ['photo.jpg', await photoWithLocation(), 'image', 'image/jpeg'],
      ['poster.png', await smallPng(), 'image', 'image/png'],
      ['song.wav', smallWav(), 'audio', 'audio/wav'],
      ['clip.mp4', smallMp4(), 'video', 'video/mp4'],
      ['rules.pdf', smallPdf(), 'pdf', 'application/pdf'],
      ['letter.docx', smallDocx(), 'document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['story.odt', smallOdt(), 'document', 'application/vnd.oasis.opendocument.text'],
      // The name says PDF, the bytes say PNG: the bytes win.
      ['misnamed.pdf', await smallPng(), 'image', 'image/png'],
      // Larger than the 1 MB every other request may send.
      ['book.pdf', smallPdf(3 * 1_048_576), 'pdf', 'application/pdf'],
    ];
    for (const [name, bytes, kind, mediaType] of cases) {
      const material = await upload(a.memberFR, a.projectId, name, bytes);
      assert.deepEqual(
        [material.originalName, material.kind, material.mediaType, material.visibility],
        [name, kind, mediaType, 'members'],
        name,
      );
      assert.equal(material.hasThumbnail, kind === 'image', name);
      assert.equal(material.uploadedBy?.name, 'Member France');
    }
  });

  it('write images anew: no GPS position or camera, the orientation applied, a small WebP thumbnail', async () => {
    const original = await photoWithLocation(60, 20, 6);
    const before = await sharp(original).metadata();
    assert.ok(before.exif && original.includes('PhoneMaker') && before.orientation === 6, 'the sample carries EXIF');
    const material = await upload(a.founderFR, a.projectId, 'trip.jpg', original);
    assert.deepEqual([material.width, material.height], [20, 60], 'turned as the camera was held');
    const stored = await storedBytes(material.id);
    const after = await sharp(stored).metadata();
    assert.deepEqual([after.exif, after.xmp, after.iptc, after.orientation], [undefined, undefined, undefined, undefined]);
    assert.equal(stored.includes('PhoneMaker'), false);
    assert.equal(stored.includes('Camera X200'), false);
    const downloaded = await expectStatus(await call(a.founderFR, 'GET', `/api/materials/${material.id}/file`), 200);
    assert.deepEqual(downloaded.rawPayload, stored, 'what is downloaded is the cleaned file');

    const big = await upload(a.founderFR, a.projectId, 'poster.png', await smallPng());
    const thumbnail = await expectStatus(await call(a.founderFR, 'GET', `/api/materials/${big.id}/thumbnail`), 200);
    assert.equal(thumbnail.headers['content-type'], 'image/webp');
    const thumbnailMeta = await sharp(thumbnail.rawPayload).metadata();
    assert.deepEqual([thumbnailMeta.format, thumbnailMeta.width, thumbnailMeta.height], ['webp', 320, 160]);
    const pdf = await upload(a.founderFR, a.projectId, 'notes.pdf', smallPdf());
    assert.equal((await call(a.founderFR, 'GET', `/api/materials/${pdf.id}/thumbnail`)).statusCode, 404);
  });

  it('refuse what could run script or is not a kept type, whatever its name, and keep nothing of it', async () => {
    const filesBefore = await filesUnder(filesDir);
    const rowsBefore = await materialCount();
    const refused: Array<[string, Buffer]> = [
      ['drawing.svg', svgWithScript],
      ['drawing.png', svgWithScript],
      ['page.html', htmlPage],
      ['photo.png', htmlPage],
      ['archive.zip', zipOf({ 'readme.txt': 'hello' })],
      ['program.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
      ['broken.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)])],
    ];
    for (const [name, bytes] of refused) {
      const response = await send(a.memberFR, a.projectId, name, bytes);
      assert.equal(response.statusCode, 415, `${name}: ${response.body}`);
      assert.equal(errorCode(response), 'unsupported_media_type');
    }
    const empty = await send(a.memberFR, a.projectId, 'nothing.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 400, empty.body);
    assert.equal(errorCode(empty), 'file_empty');
    for (const name of ['../escape.pdf', 'a/b.pdf', '', 'x'.repeat(256) + '.pdf']) {
      assert.equal((await send(a.memberFR, a.projectId, name, smallPdf())).statusCode, 400, name);
    }
    assert.deepEqual(await filesUnder(filesDir), filesBefore, 'nothing left on disk');
    assert.equal(await materialCount(), rowsBefore, 'no row');
  });
});

describe('downloads', () => {
  it('keep the original name and cannot run anything in our origin', async () => {
    const name = 'Fête de l’école "été".pdf';
    const pdf = await upload(a.founderFR, a.projectId, name, smallPdf());
    const response = await expectStatus(await call(a.founderFR, 'GET', `/api/materials/${pdf.id}/file`), 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(
      response.headers['content-disposition'],
      `attachment; filename="F?te de l??cole \\"?t?\\".pdf"; filename*=UTF-8''F%C3%AAte%20de%20l%E2%80%99%C3%A9cole%20%22%C3%A9t%C3%A9%22.pdf`,
    );
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.deepEqual(response.rawPayload, smallPdf());
    const asked = await call(a.founderFR, 'GET', `/api/materials/${pdf.id}/file?inline=1`);
    assert.match(String(asked.headers['content-disposition']), /^attachment;/, 'only images are shown inline');

    const image = await upload(a.founderFR, a.projectId, 'class.png', await smallPng());
    const inline = await expectStatus(await call(a.founderFR, 'GET', `/api/materials/${image.id}/file?inline=1`), 200);
    assert.equal(inline.headers['content-disposition'], 'inline; filename=class.png');
    assert.equal(inline.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(inline.headers['x-content-type-options'], 'nosniff');
  });
});

const kb = 1024;
const limitedApp = await buildTestApp({ database, config: { dataDir, maxUploadBytes: 8 * kb, projectStorageBytes: 20 * kb } });
const limited = uploader(limitedApp);

describe('limits', () => {
  it('a file past the per-file limit is refused, declared or streamed, and nothing is kept', async () => {
    const fresh = await buildTwinspace(app, database.db, 'Project L');
    const filesBefore = await filesUnder(filesDir);
    const rowsBefore = await materialCount();
    for (const streamed of [false, true]) {
      const response = await limited.send(fresh.founderFR, fresh.projectId, 'huge.pdf', smallPdf(9 * kb), { streamed });
      assert.equal(response.statusCode, 413, response.body);
      assert.equal(errorCode(response), 'payload_too_large');
      assert.match(JSON.parse(response.body).error.message, /at most 8 KB/);
    }
    assert.deepEqual(await filesUnder(filesDir), filesBefore);
    assert.equal(await materialCount(), rowsBefore);
  });

  it('the project’s files together stay within its quota, even when two uploads arrive at once; the page states both', async () => {
    const fresh = await buildTwinspace(app, database.db, 'Project Q');
    await limited.upload(fresh.founderFR, fresh.projectId, 'one.pdf', smallPdf(7 * kb));
    const [first, second] = await Promise.all([
      limited.send(fresh.founderFR, fresh.projectId, 'two.pdf', smallPdf(7 * kb), { streamed: true }),
      limited.send(fresh.founderPL, fresh.projectId, 'three.pdf', smallPdf(7 * kb), { streamed: true }),
    ]);
    assert.deepEqual([first.statusCode, second.statusCode].sort(), [201, 413], `${first.body} ${second.body}`);
    const declared = await limited.send(fresh.founderFR, fresh.projectId, 'four.pdf', smallPdf(7 * kb));
    assert.equal(declared.statusCode, 413);
    assert.match(JSON.parse(declared.body).error.message, /left/);
    const page = materialsPageSchema.parse(
      (await expectStatus(await caller(limitedApp)(fresh.memberFR, 'GET', `/api/projects/${fresh.projectId}/materials`), 200)).json(),
    );
    assert.deepEqual(page.limits, { maxFileBytes: 8 * kb, projectQuotaBytes: 20 * kb, usedBytes: 14 * kb });
    assert.equal(page.materials.length, 2);
    assert.deepEqual(await filesUnder(path.join(filesDir, 'tmp')), [], 'no temporary file left');
  });
});
