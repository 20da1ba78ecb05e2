import { Readable } from 'node:stream';
import { materialsOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { openMaterialFile } from './download.ts';
import {
  changeVisibility,
  createAlbum,
  deleteAlbum,
  deleteMaterial,
  editMaterial,
  listMaterials,
  materialDetail,
  renameAlbum,
  tagPupils,
} from './service.ts';
import { uploadMaterial } from './upload.ts';

/** The TwinSpace's materials: files in albums, each members-only or public. */
export const materialsRoutes: AppPlugin = async (app, dependencies) => {
  // An upload's body is the file's bytes, streamed to disk as they come (see upload.ts).
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  route(app, operations.list, async (request) =>
    listMaterials(dependencies, requireActor(request.actor), request.params.id, request.query),
  );

  route(
    app,
    operations.upload,
    async (request, reply) => {
      const body = request.body instanceof Readable ? request.body : Readable.from([]);
      const length = Number(request.headers['content-length']);
      try {
        return await uploadMaterial(
          dependencies,
          requireActor(request.actor),
          request.params.id,
          request.query,
          body,
          Number.isFinite(length) ? length : undefined,
        );
      } catch (error) {
        // The rest of a refused upload is not read: the connection closes after the answer.
        if (error instanceof AppError && !request.raw.complete) reply.header('connection', 'close');
        throw error;
      }
    },
    { bodyLimit: dependencies.config.maxUploadBytes },
  );

  route(app, operations.read, async (request) => materialDetail(dependencies, request.actor, request.params.materialId));
  route(app, operations.edit, async (request) =>
    editMaterial(dependencies, requireActor(request.actor), request.params.materialId, request.body),
  );
  route(app, operations.tagPupils, async (request) =>
    tagPupils(dependencies, requireActor(request.actor), request.params.materialId, request.body.pupilIds),
  );
  route(app, operations.setVisibility, async (request) =>
    changeVisibility(dependencies, requireActor(request.actor), request.params.materialId, request.body.visibility),
  );
  route(app, operations.remove, async (request) => deleteMaterial(dependencies, requireActor(request.actor), request.params.materialId));

  for (const variant of ['file', 'thumbnail'] as const) {
    route(app, operations[variant], async (request, reply) => {
      const file = await openMaterialFile(dependencies, request.actor, request.params.materialId, variant, request.query.inline === '1');
      return reply.headers(file.headers).send(file.stream);
    });
  }

  route(app, operations.createAlbum, async (request) =>
    createAlbum(dependencies, requireActor(request.actor), request.params.id, request.body.title),
  );
  route(app, operations.renameAlbum, async (request) =>
    renameAlbum(dependencies, requireActor(request.actor), request.params.albumId, request.body.title),
  );
  route(app, operations.removeAlbum, async (request) => deleteAlbum(dependencies, requireActor(request.actor), request.params.albumId));
};
