import { z } from 'zod';
import { idParams, sentSchema } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import { contactRequestBodySchema, myContactsResponseSchema } from './contacts.ts';

const tags = ['contacts'];
const userParams = z.strictObject({ userId: z.uuid() });
const toSomeone = ['unauthenticated', 'forbidden', 'not_found'] as const;

/** A teacher's own contacts: requests, answers, removal and blocks. */
export const contactsOperations = {
  listMine: defineOperation({
    method: 'GET',
    path: '/api/my-contacts',
    response: { 200: myContactsResponseSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: 'My contacts, requests and blocks',
    tags,
  }),
  request: defineOperation({
    method: 'POST',
    path: '/api/contact-requests',
    body: contactRequestBodySchema,
    response: { 201: sentSchema },
    errors: [...toSomeone, 'conflict', 'already_in_contact', 'contact_request_already_sent', 'contact_request_awaits_you'],
    summary: 'Ask a colleague to be in contact',
    tags,
  }),
  accept: defineOperation({
    method: 'POST',
    path: '/api/contact-requests/:id/accept',
    params: idParams,
    response: { 204: null },
    errors: toSomeone,
    summary: 'Accept a request addressed to me',
    tags,
  }),
  decline: defineOperation({
    method: 'POST',
    path: '/api/contact-requests/:id/decline',
    params: idParams,
    response: { 204: null },
    errors: toSomeone,
    summary: 'Decline a request addressed to me',
    tags,
  }),
  remove: defineOperation({
    method: 'DELETE',
    path: '/api/my-contacts/:userId',
    params: userParams,
    response: { 204: null },
    errors: toSomeone,
    summary: 'End a contact',
    tags,
  }),
  block: defineOperation({
    method: 'PUT',
    path: '/api/blocks/:userId',
    params: userParams,
    response: { 204: null },
    errors: toSomeone,
    summary: 'Block a teacher',
    tags,
  }),
  unblock: defineOperation({
    method: 'DELETE',
    path: '/api/blocks/:userId',
    params: userParams,
    response: { 204: null },
    errors: toSomeone,
    summary: 'Unblock a teacher',
    tags,
  }),
};
