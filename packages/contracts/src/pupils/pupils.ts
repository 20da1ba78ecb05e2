import { z } from 'zod';
import { fieldIssue } from '../platform/errors.ts';
import { secretText, singleLine } from '../platform/text.ts';
import { passwordRules } from '../accounts/vocabulary.ts';

/** What a family allows for images showing their child. */
export const imageConsents = ['none', 'project', 'public'] as const;
export type ImageConsent = (typeof imageConsents)[number];

export const pupilUsernamePattern = /^[a-z0-9.]{3,40}$/;
const isoDate = z.iso.date('must be a date such as 2027-09-01');
const notInFuture = (date: string) => date <= new Date().toISOString().slice(0, 10);
const consentDate = isoDate.refine(notInFuture, fieldIssue('in_the_future', 'cannot be in the future'));
const name = (max: number) => singleLine().trim().max(max, `must be at most ${max} characters`);

export const pupilLoginRequestSchema = z
  .strictObject({
    username: z.string().trim().toLowerCase().regex(pupilUsernamePattern, 'is the username printed on the card, such as lea.k42'),
    password: secretText().min(1).max(passwordRules.maxLength),
  })
  .meta({ id: 'PupilLoginRequest' });

// The account's name is "first last", and an account name has at most 120 characters.
export const newPupilsBodySchema = z
  .strictObject({
    pupils: z
      .array(z.strictObject({ firstName: name(60).min(1, 'give a first name'), lastName: name(59).default('') }))
      .min(1, 'give at least one pupil')
      .max(60, 'add at most 60 pupils at a time'),
    accountConsentOn: consentDate.nullable().describe('The day the families agreed to the accounts, if they have'),
  })
  .meta({ id: 'NewPupilsBody' });
export type NewPupilsBody = z.input<typeof newPupilsBodySchema>;

/** A pupil's sign-in card: the password is shown once, when it is made. */
export const pupilCardSchema = z
  .object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), username: z.string(), password: z.string() })
  .meta({ id: 'PupilCard' });
export type PupilCard = z.infer<typeof pupilCardSchema>;
export const pupilCardsSchema = z.object({ cards: z.array(pupilCardSchema) }).meta({ id: 'PupilCards' });
export type PupilCards = z.infer<typeof pupilCardsSchema>;

export const existingPupilsBodySchema = z
  .strictObject({ pupilIds: z.array(z.uuid()).min(1, 'choose at least one pupil').max(200) })
  .meta({ id: 'ExistingPupilsBody' });

export const pupilConsentBodySchema = z
  .strictObject({
    accountConsentOn: consentDate.nullable(),
    imageConsent: z.enum(imageConsents),
    imageConsentOn: consentDate.nullable(),
  })
  .refine((body) => body.imageConsent === 'none' || body.imageConsentOn !== null, {
    ...fieldIssue('required', 'give the day the family gave it'),
    path: ['imageConsentOn'],
  })
  .meta({ id: 'PupilConsentBody' });
export type PupilConsentBody = z.infer<typeof pupilConsentBodySchema>;

/** A pupil's account as the teachers who look after the pupil see it. */
export const pupilAccountSchema = z
  .object({
    username: z.string(),
    accountConsentOn: z.iso.date().nullable(),
    accountConsentBy: z.string().nullable().describe('Who recorded it'),
    imageConsent: z.enum(imageConsents),
    imageConsentOn: z.iso.date().nullable(),
    passwordMustChange: z.boolean().describe('Has not yet replaced the password on the card'),
    locked: z.boolean().describe('Sign-in is slowed down after too many wrong passwords; a teacher may unlock it'),
  })
  .meta({ id: 'PupilAccount' });
export type PupilAccount = z.infer<typeof pupilAccountSchema>;

/** A pupil as the teachers of their own school see them. */
export const schoolPupilSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    projects: z.array(z.object({ id: z.uuid(), title: z.string() })).describe("The pupil's TwinSpaces that you are a member of too"),
    otherProjects: z.number().int().describe('How many other TwinSpaces the pupil is in (not named)'),
    account: pupilAccountSchema.nullable().describe('Only for the teachers who look after the pupil'),
    can: z.object({ lookAfter: z.boolean().describe('Reissue the card, record consent, unlock, delete the account') }),
  })
  .meta({ id: 'SchoolPupil' });
export type SchoolPupil = z.infer<typeof schoolPupilSchema>;
export const schoolPupilsSchema = z.object({ pupils: z.array(schoolPupilSchema) }).meta({ id: 'SchoolPupils' });
export type SchoolPupils = z.infer<typeof schoolPupilsSchema>;
