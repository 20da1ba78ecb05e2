import { z } from 'zod';
import { fieldIssue } from '../platform/errors.ts';
import { multiLine, opaqueToken } from '../platform/text.ts';
import { profileSchema } from '../accounts/accounts.ts';
import { staffRoles } from '../accounts/vocabulary.ts';
import { countryCodeSchema, schoolSchema } from '../schools/schools.ts';

export const validationQueueQuerySchema = z.strictObject({
  country: countryCodeSchema.optional().describe('Admins choose a country; an officer always sees their own'),
  after: opaqueToken().max(200).optional().describe('Cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const pendingTeacherSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    staffRole: z.enum(staffRoles),
    countryCode: z.string(),
    school: schoolSchema,
    profile: profileSchema,
    waitingSince: z.iso.datetime().describe('Registration, or the last request for a new review after a rejection'),
    waitingDays: z.number().int().describe('Whole days waited so far'),
  })
  .meta({ id: 'PendingTeacher' });
export type PendingTeacher = z.infer<typeof pendingTeacherSchema>;

export const validationQueueResponseSchema = z.object({
  teachers: z.array(pendingTeacherSchema).describe('Oldest first'),
  total: z.number().int().describe('How many wait in this country'),
  nextCursor: z.string().nullable(),
});
export type ValidationQueueResponse = z.infer<typeof validationQueueResponseSchema>;

export const teacherDecisionRequestSchema = z
  .strictObject({
    teacherIds: z.array(z.uuid()).min(1).max(100),
    decision: z.enum(['validate', 'reject']),
    reason: multiLine().trim().max(1000).optional().describe('Required to reject: the teacher reads it'),
  })
  .refine((request) => request.decision === 'validate' || (request.reason?.length ?? 0) >= 5, {
    ...fieldIssue('too_short', 'a rejection needs a reason of at least 5 characters', { min: 5 }),
    path: ['reason'],
  })
  .meta({ id: 'TeacherDecisionRequest' });
export type TeacherDecisionRequest = z.infer<typeof teacherDecisionRequestSchema>;

export const teacherDecisionResponseSchema = z.object({
  decided: z.array(z.uuid()).describe('Teachers this request decided'),
  skipped: z.array(z.uuid()).describe('Teachers already decided by someone else, or not of your country'),
});
export type TeacherDecisionResponse = z.infer<typeof teacherDecisionResponseSchema>;
