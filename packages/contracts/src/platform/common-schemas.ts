import { z } from 'zod';

/** The path of an operation on one thing named by its id: `/api/projects/:id`. */
export const idParams = z.strictObject({ id: z.uuid() });

/** The answer to a creation: the new thing's id. */
export const createdSchema = z.object({ id: z.uuid() });

/** The answer to a message sent to someone (a contact request, an answer to an idea). */
export const sentSchema = z.object({ status: z.literal('sent') });
