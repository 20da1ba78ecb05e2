import { z } from 'zod';
import { multiLine, opaqueToken, secretText, singleLine } from '../platform/text.ts';
import { languages } from '../platform/languages.ts';
import { countryCodeSchema, newSchoolSchema, schoolSchema } from '../schools/schools.ts';
import { accountRoles, accountStatuses, passwordRules, staffRoles, subjects, workingLanguages } from './vocabulary.ts';

export const emailSchema = z.email('must be an e-mail address').max(254).describe('E-mail address');
export const passwordSchema = secretText()
  .min(passwordRules.minLength, `must have at least ${passwordRules.minLength} characters`)
  .max(passwordRules.maxLength);

export const registerRequestSchema = z
  .strictObject({
    email: emailSchema,
    password: passwordSchema,
    name: singleLine().trim().min(1).max(120).describe('Full name, as colleagues will see it'),
    staffRole: z.enum(staffRoles),
    countryCode: countryCodeSchema,
    school: z
      .union([z.strictObject({ existingId: z.uuid() }), z.strictObject({ new: newSchoolSchema })])
      .describe('The school they work at: one found by search, or a new one'),
    language: z.enum(languages).describe('Language of the e-mails and of the app for this person'),
  })
  .meta({ id: 'RegisterRequest' });
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

/** The same answer whether or not the address was already registered: nothing to enumerate. */
export const acceptedResponseSchema = z.object({ status: z.literal('accepted') });

export const tokenRequestSchema = z.strictObject({ token: opaqueToken().min(20).max(200) });

export const loginRequestSchema = z.strictObject({ email: emailSchema, password: secretText().min(1).max(passwordRules.maxLength) });

export const profileSchema = z
  .object({
    subjects: z.array(z.enum(subjects)).max(10),
    pupilAgeMin: z.number().int().min(2).max(25).nullable(),
    pupilAgeMax: z.number().int().min(2).max(25).nullable(),
    workingLanguages: z.array(z.enum(workingLanguages)).max(10),
    presentation: z.string().max(2000),
    lookingForPartners: z.boolean(),
    hiddenFromSearch: z.boolean().describe('Nobody finds this teacher in the partner search'),
  })
  .meta({ id: 'Profile' });
export type Profile = z.infer<typeof profileSchema>;

export const updateProfileRequestSchema = z
  .strictObject({
    name: singleLine().trim().min(1).max(120),
    language: z.enum(languages),
    subjects: z.array(z.enum(subjects)).max(10),
    pupilAgeMin: z.number().int().min(2).max(25).nullable(),
    pupilAgeMax: z.number().int().min(2).max(25).nullable(),
    workingLanguages: z.array(z.enum(workingLanguages)).max(10),
    presentation: multiLine().trim().max(2000),
    lookingForPartners: z.boolean(),
    hiddenFromSearch: z.boolean(),
  })
  .refine((profile) => profile.pupilAgeMin === null || profile.pupilAgeMax === null || profile.pupilAgeMin <= profile.pupilAgeMax, {
    message: 'the youngest age must not be above the oldest',
    path: ['pupilAgeMax'],
  })
  .meta({ id: 'UpdateProfileRequest' });
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const accountSchema = z
  .object({
    id: z.uuid(),
    email: z.string().nullable().describe('null for a pupil'),
    username: z.string().nullable().describe("A pupil's sign-in name"),
    passwordMustChange: z.boolean().describe('A pupil still has the password of their card: they choose their own before anything else'),
    name: z.string(),
    role: z.enum(accountRoles),
    staffRole: z.enum(staffRoles).nullable(),
    status: z.enum(accountStatuses),
    decisionReason: z.string().nullable().describe('Why the NSS rejected the account, when it did'),
    countryCode: z.string().nullable(),
    language: z.enum(languages),
    school: schoolSchema.nullable(),
    profile: profileSchema.nullable().describe('Teachers only'),
    can: z
      .object({
        editProfile: z.boolean(),
        manageAccount: z.boolean().describe('Change the e-mail address, delete the account: not pupils'),
        useTeacherTools: z.boolean().describe('Search partners, found projects: validated teachers only'),
        useTwinspaces: z.boolean().describe('Pupils and validated teachers'),
        requestReview: z.boolean().describe('A rejected teacher may ask the NSS to look again'),
        validateTeachers: z.boolean(),
        reviewProjects: z.boolean(),
        workForAnyCountry: z.boolean().describe('Administrators name the country of each queue; an officer works for their own'),
        manageOfficers: z.boolean(),
      })
      .describe('What this person may do; the app shows controls from this'),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const sessionResponseSchema = z
  .object({
    account: accountSchema,
    csrfToken: z.string().describe('Send it back in the x-csrf-token header of every change'),
  })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const currentSessionResponseSchema = z.object({
  session: sessionResponseSchema.nullable().describe('null for a visitor who is not signed in'),
});
export type CurrentSessionResponse = z.infer<typeof currentSessionResponseSchema>;

export const activeSessionSchema = z.object({
  id: z.uuid(),
  userAgent: z.string(),
  ip: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean(),
});
export type ActiveSession = z.infer<typeof activeSessionSchema>;
export const listSessionsResponseSchema = z.object({ sessions: z.array(activeSessionSchema) });
export type ListSessionsResponse = z.infer<typeof listSessionsResponseSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: secretText().min(1).max(passwordRules.maxLength),
  newPassword: passwordSchema,
});
export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });
export const completePasswordResetSchema = z.strictObject({ token: opaqueToken().min(20).max(200), password: passwordSchema });
export const changeEmailRequestSchema = z.strictObject({
  newEmail: emailSchema,
  password: secretText().min(1).max(passwordRules.maxLength),
});
export const deleteAccountRequestSchema = z.strictObject({ password: secretText().min(1).max(passwordRules.maxLength) });
