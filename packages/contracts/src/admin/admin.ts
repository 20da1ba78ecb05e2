import { z } from 'zod';
import { opaqueToken, singleLine } from '../platform/text.ts';
import { emailSchema } from '../accounts/accounts.ts';
import { languages } from '../platform/languages.ts';
import { countryCodeSchema } from '../schools/schools.ts';

export const officerSchema = z
  .object({ id: z.uuid(), name: z.string(), email: z.string(), countryCode: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Officer' });
export type Officer = z.infer<typeof officerSchema>;

export const listOfficersResponseSchema = z.object({ officers: z.array(officerSchema).describe('By country, then name') });
export type ListOfficersResponse = z.infer<typeof listOfficersResponseSchema>;

export const createOfficerRequestSchema = z
  .strictObject({
    name: singleLine().trim().min(1).max(120),
    email: emailSchema,
    countryCode: countryCodeSchema,
    language: z.enum(languages),
  })
  .meta({ id: 'CreateOfficerRequest' });
export type CreateOfficerRequest = z.infer<typeof createOfficerRequestSchema>;

export const outboxMailSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable().describe('null while not delivered (always, without SMTP_URL)'),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxMail' });
export type OutboxMail = z.infer<typeof outboxMailSchema>;

export const outboxQuerySchema = z.strictObject({
  before: opaqueToken().max(200).optional().describe('Cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const outboxResponseSchema = z.object({
  mails: z.array(outboxMailSchema).describe('Newest first'),
  nextCursor: z.string().nullable(),
});
export type OutboxResponse = z.infer<typeof outboxResponseSchema>;
