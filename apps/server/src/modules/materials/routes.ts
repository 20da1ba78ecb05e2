import { Readable } from 'node:stream';
import {
  albumBodySchema,
  albumSchema,
  materialFileQuerySchema,
  materialPatchSchema,
  materialPupilsBodySchema,
  materialSchema,
  materialsPageSchema,
  materialsQuerySchema,
  materialVisibilityBodySchema,
  uploadQuerySchema,
} from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { openMaterialFile } from './download.ts';
import { changeVisibility, createAlbum, deleteAlbum, deleteMaterial, editMaterial, listMaterials, materialDetail, renameAlbum, tagPupils } from './service.ts';
import { uploadMaterial } from './upload.ts';

const tags = ['twinspace'];
const noContent = { 204: z.null() };
const projectParams = z.strictObject({ id: z.uuid() });
const materialParams = z.strictObject({ materialId: z.uuid() });
const albumParams = z.strictObject({ albumId: z.uuid() });

/** The TwinSpace's materials: files in albums, each members-only or public. */
export const materialsRoutes: AppPlugin = async (app, dependencies) => {
  // An upload's body is the file's bytes, streamed to disk as they come (see upload.ts).
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.get(
    '/api/projects/:id/materials',
    { schema: { tags, summary: 'Materials (newest first), albums, and the storage limits and use', params: projectParams, querystring: materialsQuerySchema, response: { 200: materialsPageSchema } } },
    async (request) => listMaterials(dependencies, requireActor(request.actor), request.params.id, request.query),
  );

  app.post(
    '/api/projects/:id/materials',
    {
      bodyLimit: dependencies.config.maxUploadBytes,
      schema: {
        tags,
        summary: 'Upload a file: the body is its bytes (application/octet-stream), its name in the query',
        description: 'The type is found from the content; images are written anew without their metadata. 413 past the file or project limit, 415 for a type the TwinSpace does not keep.',
        params: projectParams,
        querystring: uploadQuerySchema,
        response: { 201: materialSchema },
      },
    },
    async (request, reply) => {
      const body = request.body instanceof Readable ? request.body : Readable.from([]);
      const length = Number(request.headers['content-length']);
      try {
        const material = await uploadMaterial(dependencies, requireActor(request.actor), request.params.id, request.query, body, Number.isFinite(length) ? length : undefined);
        return await reply.status(201).send(material);
      } catch (error) {
        // The rest of a refused upload is not read: the connection closes after the answer.
        if (error instanceof AppError && !request.raw.complete) reply.header('connection', 'close');
        throw error;
      }
    },
  );

  app.get(
    '/api/materials/:materialId',
    { schema: { tags, summary: 'A material: to its members, or to anyone once public', params: materialParams, response: { 200: materialSchema } } },
    async (request) => materialDetail(dependencies, request.actor, request.params.materialId),
  );

  app.patch(
    '/api/materials/:materialId',
    { schema: { tags, summary: 'Title, description, album (uploader and teachers)', params: materialParams, body: materialPatchSchema, response: { 200: materialSchema } } },
    async (request) => editMaterial(dependencies, requireActor(request.actor), request.params.materialId, request.body),
  );

  app.put(
    '/api/materials/:materialId/pupils',
    { schema: { tags, summary: 'The pupils shown in it (members add, teachers also remove)', params: materialParams, body: materialPupilsBodySchema, response: { 200: materialSchema } } },
    async (request) => tagPupils(dependencies, requireActor(request.actor), request.params.materialId, request.body.pupilIds),
  );

  app.put(
    '/api/materials/:materialId/visibility',
    {
      schema: {
        tags,
        summary: 'Members-only or public (teachers); public needs every tagged pupil’s public image consent (409 image_consent_missing)',
        params: materialParams,
        body: materialVisibilityBodySchema,
        response: { 200: materialSchema },
      },
    },
    async (request) => changeVisibility(dependencies, requireActor(request.actor), request.params.materialId, request.body.visibility),
  );

  app.delete('/api/materials/:materialId', { schema: { tags, summary: 'Delete a material (uploader and teachers)', params: materialParams, response: noContent } }, async (request, reply) => {
    await deleteMaterial(dependencies, requireActor(request.actor), request.params.materialId);
    return reply.status(204).send(null);
  });

  for (const variant of ['file', 'thumbnail'] as const) {
    app.get(
      `/api/materials/:materialId/${variant}`,
      {
        compress: false,
        schema: {
          tags,
          summary: variant === 'file' ? 'Download the file under its original name (inline=1 shows an image)' : 'A small WebP picture of an image',
          params: materialParams,
          querystring: materialFileQuerySchema,
        },
      },
      async (request, reply) => {
        const file = await openMaterialFile(dependencies, request.actor, request.params.materialId, variant, request.query.inline === '1');
        return reply.headers(file.headers).send(file.stream);
      },
    );
  }

  app.post(
    '/api/projects/:id/albums',
    { schema: { tags, summary: 'A new album (teachers)', params: projectParams, body: albumBodySchema, response: { 201: albumSchema } } },
    async (request, reply) => reply.status(201).send(await createAlbum(dependencies, requireActor(request.actor), request.params.id, request.body.title)),
  );

  app.patch(
    '/api/albums/:albumId',
    { schema: { tags, summary: 'Rename an album (teachers)', params: albumParams, body: albumBodySchema, response: { 200: albumSchema } } },
    async (request) => renameAlbum(dependencies, requireActor(request.actor), request.params.albumId, request.body.title),
  );

  app.delete('/api/albums/:albumId', { schema: { tags, summary: 'Delete an album; its materials stay (teachers)', params: albumParams, response: noContent } }, async (request, reply) => {
    await deleteAlbum(dependencies, requireActor(request.actor), request.params.albumId);
    return reply.status(204).send(null);
  });
};
