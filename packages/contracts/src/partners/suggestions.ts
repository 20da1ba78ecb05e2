import { z } from 'zod';
import { partnerSchema } from './search-partners.ts';

/** Why a colleague is suggested; the web app words each reason in the reader's language. */
export const suggestionReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subjects'), subjects: z.array(z.string()).describe('Subjects both teach') }),
  z.object({ kind: z.literal('ages'), from: z.number().int(), to: z.number().int() }).describe("Pupils' ages both teach"),
  z.object({ kind: z.literal('languages'), languages: z.array(z.string()).describe('Working languages both use') }),
  z.object({ kind: z.literal('timeZone'), hours: z.number().describe('Hours between the two school days, now') }),
  z.object({ kind: z.literal('active'), days: z.number().int().describe('Days since they were last active') }),
  z.object({ kind: z.literal('looking') }),
]);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const suggestedPartnersResponseSchema = z
  .object({
    profileComplete: z.boolean().describe('Suggestions need my subjects or ages, and my working languages'),
    suggestions: z.array(z.object({ partner: partnerSchema, reasons: z.array(suggestionReasonSchema) })).describe('Best first'),
  })
  .meta({ id: 'SuggestedPartners' });
export type SuggestedPartnersResponse = z.infer<typeof suggestedPartnersResponseSchema>;
