import { createOfficerRequestSchema, listOfficersResponseSchema, officerSchema, outboxQuerySchema, outboxResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { createOfficer, officers, outbox, removeOfficer } from './service.ts';

const tags = ['administration'];

export const adminRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/admin/officers',
    { schema: { tags, summary: 'Every NSS officer', response: { 200: listOfficersResponseSchema } } },
    async (request) => ({ officers: await officers(dependencies, requireActor(request.actor)) }),
  );

  app.post(
    '/api/admin/officers',
    { schema: { tags, summary: 'Open an NSS officer account; they receive a link to choose a password', body: createOfficerRequestSchema, response: { 201: officerSchema } } },
    async (request, reply) => reply.status(201).send(await createOfficer(dependencies, requireActor(request.actor), request.body)),
  );

  app.delete(
    '/api/admin/officers/:id',
    { schema: { tags, summary: "Close an officer's account", params: z.strictObject({ id: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await removeOfficer(dependencies, requireActor(request.actor), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/outbox',
    { schema: { tags, summary: 'The e-mails the platform wrote, newest first', querystring: outboxQuerySchema, response: { 200: outboxResponseSchema } } },
    async (request) => outbox(dependencies, requireActor(request.actor), request.query),
  );
};
