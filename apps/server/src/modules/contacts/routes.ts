import { contactRequestBodySchema, myContactsResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { answerRequest, blockTeacher, myContacts, removeContact, sendContactRequest, unblockTeacher } from './service.ts';

const tags = ['contacts'];
const noContent = { 204: z.null() };
const userParams = z.strictObject({ userId: z.uuid() });
const requestParams = z.strictObject({ id: z.uuid() });

/** A teacher's own contacts: requests, answers, removal and blocks. */
export const contactsRoutes: AppPlugin = async (app, dependencies) => {
  app.get('/api/my-contacts', { schema: { tags, summary: 'My contacts, requests and blocks', response: { 200: myContactsResponseSchema } } }, async (request) =>
    myContacts(dependencies, requireActor(request.actor)),
  );

  app.post(
    '/api/contact-requests',
    { schema: { tags, summary: 'Ask a colleague to be in contact', body: contactRequestBodySchema, response: { 201: z.object({ status: z.literal('sent') }) } } },
    async (request, reply) => {
      await sendContactRequest(dependencies, requireActor(request.actor), request.body);
      return reply.status(201).send({ status: 'sent' });
    },
  );

  for (const [answer, accept] of [['accept', true], ['decline', false]] as const) {
    app.post(
      `/api/contact-requests/:id/${answer}`,
      { schema: { tags, summary: `${accept ? 'Accept' : 'Decline'} a request addressed to me`, params: requestParams, response: noContent } },
      async (request, reply) => {
        await answerRequest(dependencies, requireActor(request.actor), request.params.id, accept);
        return reply.status(204).send(null);
      },
    );
  }

  app.delete('/api/my-contacts/:userId', { schema: { tags, summary: 'End a contact', params: userParams, response: noContent } }, async (request, reply) => {
    await removeContact(dependencies, requireActor(request.actor), request.params.userId);
    return reply.status(204).send(null);
  });

  app.put('/api/blocks/:userId', { schema: { tags, summary: 'Block a teacher', params: userParams, response: noContent } }, async (request, reply) => {
    await blockTeacher(dependencies, requireActor(request.actor), request.params.userId);
    return reply.status(204).send(null);
  });

  app.delete('/api/blocks/:userId', { schema: { tags, summary: 'Unblock a teacher', params: userParams, response: noContent } }, async (request, reply) => {
    await unblockTeacher(dependencies, requireActor(request.actor), request.params.userId);
    return reply.status(204).send(null);
  });
};
