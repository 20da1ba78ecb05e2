import { z } from 'zod';
import { isCountryCode } from '../countries/country-codes.ts';
import { fieldIssue } from '../platform/errors.ts';
import { singleLine } from '../platform/text.ts';

export const schoolLevels = ['primary', 'lower_secondary', 'upper_secondary', 'vocational', 'other'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code in upper case')
  .describe('ISO 3166-1 alpha-2 code of a participating country');

/** A country code checked against the countries taking part. */
export const participatingCountrySchema = countryCodeSchema.refine(
  isCountryCode,
  fieldIssue('not_an_option', 'is not a participating country'),
);

/** A region's code, such as FR-LYON (migration 0002 checks the same pattern). */
export const regionIdSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9-]+$/, 'must be a region code such as FR-LYON')
  .max(40);

export const schoolSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    countryCode: z.string(),
    regionId: z.string().nullable(),
    regionName: z.string().nullable(),
    town: z.string(),
    level: z.enum(schoolLevels),
  })
  .meta({ id: 'School' });
export type School = z.infer<typeof schoolSchema>;

export const searchSchoolsQuerySchema = z.strictObject({
  country: countryCodeSchema,
  q: singleLine().trim().min(2).max(100).describe('Part of the name or town; accents and case do not matter'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const searchSchoolsResponseSchema = z.object({ schools: z.array(schoolSchema) });
export type SearchSchoolsResponse = z.infer<typeof searchSchoolsResponseSchema>;

export const newSchoolSchema = z
  .strictObject({
    name: singleLine().trim().min(2).max(200),
    countryCode: countryCodeSchema,
    regionId: regionIdSchema.nullable().describe('Required for countries that have regions (France: the académie)'),
    town: singleLine().trim().min(1).max(120),
    level: z.enum(schoolLevels),
  })
  .meta({ id: 'NewSchool' });
export type NewSchool = z.infer<typeof newSchoolSchema>;

export const regionSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Region' });
export type Region = z.infer<typeof regionSchema>;
export const listRegionsResponseSchema = z.object({ regions: z.array(regionSchema) });
export type ListRegionsResponse = z.infer<typeof listRegionsResponseSchema>;
