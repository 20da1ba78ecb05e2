import { z } from 'zod';

/** What the page needs to word a notification in the reader's language. */
export const notificationSchema = z
  .object({
    id: z.string().describe('Newest first; also the cursor'),
    kind: z.string().describe('What happened: one of the kinds the server modules declare, worded by the app'),
    subjectType: z.string().describe('What it is about: project, pupil…'),
    subjectId: z.string().nullable(),
    path: z.string().nullable().describe('The page of the app it links to, if any'),
    projectTitle: z.string().nullable(),
    actorName: z.string().nullable().describe('Who did it, when a person did'),
    countryCode: z.string().nullable().describe('The country whose NSS decided'),
    outcome: z.string().nullable().describe('accepted/declined, approved/changes_requested/rejected'),
    reason: z.string().nullable(),
    pupilName: z.string().nullable().describe('The pupil it is about, for the teachers who look after them'),
    createdAt: z.iso.datetime(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = z.strictObject({
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'must be a notification id')
    .optional()
    .describe('Cursor: the last id of the previous page'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const notificationsResponseSchema = z
  .object({ notifications: z.array(notificationSchema), unread: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'Notifications' });
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;

export const markReadBodySchema = z
  .strictObject({
    upTo: z
      .string()
      .regex(/^\d{1,18}$/, 'must be a notification id')
      .describe('Marks this one and every older one read'),
  })
  .meta({ id: 'MarkNotificationsRead' });
