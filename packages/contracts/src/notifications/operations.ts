import { defineOperation } from '../platform/define-operation.ts';
import { markReadBodySchema, notificationsQuerySchema, notificationsResponseSchema } from './notifications.ts';

const tags = ['notifications'];

/** Every signed-in person has notifications; they only ever read their own. */
export const notificationsOperations = {
  listMine: defineOperation({
    method: 'GET',
    path: '/api/notifications',
    query: notificationsQuerySchema,
    response: { 200: notificationsResponseSchema },
    errors: ['unauthenticated'],
    summary: 'My notifications, newest first, and how many are unread',
    tags,
  }),
  markRead: defineOperation({
    method: 'POST',
    path: '/api/notifications/read',
    body: markReadBodySchema,
    response: { 204: null },
    errors: ['unauthenticated'],
    summary: 'Mark my notifications read, up to one',
    tags,
  }),
};
