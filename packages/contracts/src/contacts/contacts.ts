import { z } from 'zod';
import { multiLine } from '../platform/text.ts';
import { partnerSchema } from '../partners/search-partners.ts';

export const contactRequestBodySchema = z
  .strictObject({
    toUserId: z.uuid(),
    message: multiLine()
      .trim()
      .min(1, 'write a few words')
      .max(500, 'must be at most 500 characters')
      .describe('Why you write: a project idea, a subject'),
  })
  .meta({ id: 'ContactRequestBody' });
export type ContactRequestBody = z.infer<typeof contactRequestBodySchema>;

const personSchema = partnerSchema.pick({ id: true, name: true, schoolName: true, town: true, countryCode: true });

export const contactRequestSchema = z
  .object({ id: z.uuid(), person: personSchema.describe('The other teacher'), message: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'ContactRequest' });
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const myContactsResponseSchema = z
  .object({
    contacts: z.array(personSchema.extend({ email: z.string().describe('Shared once both agreed') })),
    incoming: z.array(contactRequestSchema).describe('Requests waiting for my answer'),
    outgoing: z.array(contactRequestSchema).describe('My requests waiting for theirs'),
    blocked: z.array(personSchema.pick({ id: true, name: true })),
  })
  .meta({ id: 'MyContacts' });
export type MyContactsResponse = z.infer<typeof myContactsResponseSchema>;
