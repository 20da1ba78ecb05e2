import { z } from 'zod';
import { singleLine } from '../platform/text.ts';
import { emailSchema } from '../accounts/accounts.ts';

export const correspondentSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() }).meta({ id: 'RegionalCorrespondent' });
export type Correspondent = z.infer<typeof correspondentSchema>;

export const countryContactsResponseSchema = z
  .object({
    countryCode: z.string(),
    regions: z.array(z.object({ id: z.string(), name: z.string(), correspondents: z.array(correspondentSchema) })),
    can: z.object({ edit: z.boolean().describe('The signed-in person may add, change and remove correspondents here') }),
  })
  .meta({ id: 'CountryContacts' });
export type CountryContactsResponse = z.infer<typeof countryContactsResponseSchema>;

export const correspondentRequestSchema = z
  .strictObject({
    name: singleLine().trim().min(1).max(200),
    email: emailSchema,
  })
  .meta({ id: 'CorrespondentRequest' });
export type CorrespondentRequest = z.infer<typeof correspondentRequestSchema>;
