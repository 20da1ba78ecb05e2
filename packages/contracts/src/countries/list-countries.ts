import { z } from 'zod';

export const countrySchema = z
  .object({
    code: z.string().length(2).describe('ISO 3166-1 alpha-2 code, upper case'),
    membership: z
      .enum(['eu', 'associated', 'partner'])
      .describe('EU member state, Erasmus+ associated country, or neighbouring partner country'),
    languages: z.array(z.string()).describe('Official languages, ISO 639-1 codes'),
  })
  .meta({ id: 'Country' });

export const listCountriesResponseSchema = z.object({
  countries: z.array(countrySchema).describe('Participating countries, ordered by code'),
});

export type Country = z.infer<typeof countrySchema>;
export type ListCountriesResponse = z.infer<typeof listCountriesResponseSchema>;
