import { z } from 'zod';
import { fieldIssue } from '../platform/errors.ts';
import { multiLine, opaqueToken, singleLine } from '../platform/text.ts';
import { participatingCountrySchema } from '../schools/schools.ts';
import { subjects, workingLanguages } from '../accounts/vocabulary.ts';
import { partnerSchema } from '../partners/search-partners.ts';

/** What a project is about, across subjects; the gallery is searched by them. */
export const projectThemes = [
  'arts_and_culture',
  'citizenship_and_democracy',
  'climate_and_environment',
  'cultural_heritage',
  'digital_skills',
  'emotional_wellbeing',
  'entrepreneurship',
  'european_values',
  'health_and_sport',
  'inclusion_and_diversity',
  'language_learning',
  'media_literacy',
  'reading_and_storytelling',
  'science_and_discovery',
  'mathematics_and_logic',
  'history_and_memory',
] as const;
export type ProjectTheme = (typeof projectThemes)[number];

/**
 * draft → submitted → active (every founding country approved) ⇄ closed;
 * submitted → changes_requested → submitted again, or → rejected; submitted → draft (withdrawn).
 */
export const projectStatuses = ['draft', 'submitted', 'changes_requested', 'rejected', 'active', 'closed'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectRoles = ['founder', 'member'] as const;
export type ProjectRole = (typeof projectRoles)[number];

const isoDate = z.iso.date('must be a date such as 2027-09-01');
const age = z.number().int().min(2, 'must be at least 2').max(25, 'must be at most 25');
const longText = (max: number) =>
  multiLine()
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);

/** The fields a draft is made of; every one may be saved alone, as it is typed. */
export const projectContentFields = {
  title: singleLine().trim().min(1, 'give the project a title').max(120, 'must be at most 120 characters'),
  summary: longText(600),
  description: longText(6000),
  subjects: z.array(z.enum(subjects)).max(10, 'choose at most 10 subjects'),
  themes: z.array(z.enum(projectThemes)).max(5, 'choose at most 5 themes'),
  pupilAgeMin: age.nullable(),
  pupilAgeMax: age.nullable(),
  languages: z.array(z.enum(workingLanguages)).max(10, 'choose at most 10 languages'),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  objectives: longText(3000),
  workingMethod: longText(3000),
  activities: longText(3000),
  expectedResults: longText(3000),
};

export const newProjectBodySchema = z
  .strictObject({ title: projectContentFields.title, fromIdeaId: z.uuid().optional().describe('Start from one of my project ideas') })
  .meta({ id: 'NewProjectBody' });
export type NewProjectBody = z.infer<typeof newProjectBodySchema>;

export const projectPatchSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(projectContentFields).map(([name, field]) => [name, field.optional()])) as {
      [Name in keyof typeof projectContentFields]: z.ZodOptional<(typeof projectContentFields)[Name]>;
    },
  )
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field')
  .meta({
    id: 'ProjectPatch',
    description: 'Only the fields that changed: two founders typing in different fields do not overwrite each other',
  });
export type ProjectPatch = z.infer<typeof projectPatchSchema>;

export const partnerPlanBodySchema = z
  .strictObject({
    hoursPerWeek: z.number().int().min(0, 'must be at least 0').max(40, 'must be at most 40').nullable(),
    digitalTools: longText(500),
  })
  .meta({ id: 'PartnerPlanBody', description: 'What my school can give: time per week, digital tools available' });
export type PartnerPlanBody = z.infer<typeof partnerPlanBodySchema>;

/** Why a project cannot be submitted yet; the page explains each. */
export const submissionProblems = [
  'missing_summary',
  'missing_description',
  'missing_subjects',
  'missing_themes',
  'missing_ages',
  'missing_languages',
  'missing_dates',
  'missing_objectives',
  'missing_working_method',
  'missing_activities',
  'missing_expected_results',
  'ends_in_the_past',
  'needs_two_founders',
  'needs_two_schools',
  'needs_two_countries',
  'missing_partner_plans',
] as const;
export type SubmissionProblem = (typeof submissionProblems)[number];

const personSchema = partnerSchema.pick({ id: true, name: true, schoolName: true, town: true, countryCode: true });

export const projectMemberSchema = personSchema
  .extend({
    schoolId: z.uuid(),
    role: z.enum(projectRoles),
    hoursPerWeek: z.number().int().nullable(),
    digitalTools: z.string(),
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProjectMember' });
export type ProjectMember = z.infer<typeof projectMemberSchema>;

export const invitationStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;

export const projectInvitationSchema = z
  .object({
    id: z.uuid(),
    invitee: personSchema,
    role: z.enum(projectRoles),
    message: z.string(),
    status: z.enum(invitationStatuses),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ProjectInvitation' });

export const reviewStatuses = ['pending', 'approved', 'changes_requested', 'rejected'] as const;

export const projectEventKinds = [
  'created',
  'submitted',
  'withdrawn',
  'approved',
  'changes_requested',
  'rejected',
  'activated',
  'closed',
  'reopened',
  'published',
  'unpublished',
  'joined',
  'left',
  'removed',
  'edited',
] as const;
export type ProjectEventKind = (typeof projectEventKinds)[number];

/** The texts of a project: what the gallery shows and the NSS approved. */
export const projectTextFields = [
  'title',
  'summary',
  'description',
  'objectives',
  'workingMethod',
  'activities',
  'expectedResults',
] as const;
export type ProjectTexts = Record<(typeof projectTextFields)[number], string>;

export const projectEventSchema = z
  .object({
    kind: z.enum(projectEventKinds),
    countryCode: z.string().nullable().describe('The country whose NSS decided'),
    actorName: z.string().nullable(),
    reason: z.string().nullable(),
    previousTexts: z
      .record(z.enum(projectTextFields), z.string())
      .nullable()
      .describe('For `edited` (an approved project changed by a founder, with no new review): the texts before that editing session'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ProjectEvent' });
export type ProjectEvent = z.infer<typeof projectEventSchema>;

export const projectContentSchema = z.object({
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  subjects: z.array(z.string()),
  themes: z.array(z.string()),
  pupilAgeMin: z.number().int().nullable(),
  pupilAgeMax: z.number().int().nullable(),
  languages: z.array(z.string()),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  objectives: z.string(),
  workingMethod: z.string(),
  activities: z.string(),
  expectedResults: z.string(),
});
export type ProjectContent = z.infer<typeof projectContentSchema>;

export const projectSchema = projectContentSchema
  .extend({
    id: z.uuid(),
    status: z.enum(projectStatuses),
    isPublic: z.boolean(),
    version: z.number().int().describe('Changes with every edit; a decision names the version it read'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    approvedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

export const projectViewerRoles = ['founder', 'member', 'invitee', 'officer'] as const;

export const projectDetailSchema = z
  .object({
    project: projectSchema,
    myRole: z.enum(projectViewerRoles),
    members: z.array(projectMemberSchema),
    invitations: z.array(projectInvitationSchema).describe('Pending invitations, for the founders'),
    myInvitation: projectInvitationSchema.omit({ invitee: true }).extend({ inviterName: z.string().nullable() }).nullable(),
    reviews: z.array(z.object({ countryCode: z.string(), status: z.enum(reviewStatuses), decidedAt: z.iso.datetime().nullable() })),
    history: z.array(projectEventSchema).describe('Oldest first'),
    submissionProblems: z.array(z.enum(submissionProblems)).describe('Empty when the project may be submitted'),
    can: z.object({
      edit: z.boolean(),
      submit: z.boolean(),
      withdraw: z.boolean(),
      inviteFounders: z.boolean(),
      inviteMembers: z.boolean(),
      close: z.boolean(),
      reopen: z.boolean(),
      publish: z.boolean(),
      decide: z.boolean().describe('An officer of a founding country whose answer is awaited'),
      delete: z.boolean(),
      savePlan: z.boolean().describe('Say what my school can give'),
      openTwinspace: z.boolean(),
    }),
  })
  .meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const invitationBodySchema = z
  .strictObject({
    teacherId: z.uuid(),
    role: z.enum(projectRoles).describe('founder while the project is a draft, member once it is active'),
    message: longText(500),
  })
  .meta({ id: 'InvitationBody' });
export type InvitationBody = z.infer<typeof invitationBodySchema>;

export const invitationAnswerSchema = z.strictObject({ answer: z.enum(['accept', 'decline']) }).meta({ id: 'InvitationAnswer' });

export const versionBodySchema = z.strictObject({ version: z.number().int().min(1).describe('The version I read') });

export const visibilityBodySchema = z.strictObject({ isPublic: z.boolean() }).meta({ id: 'VisibilityBody' });

export const projectDecisions = ['approve', 'request_changes', 'reject'] as const;

export const projectDecisionBodySchema = z
  .strictObject({
    decision: z.enum(projectDecisions),
    reason: multiLine().trim().max(2000, 'must be at most 2,000 characters').optional(),
    version: z.number().int().min(1).describe('The version of the project the officer read'),
    country: participatingCountrySchema.optional().describe('For an administrator: the country decided for'),
  })
  .refine((body) => body.decision === 'approve' || (body.reason ?? '').length > 0, {
    ...fieldIssue('required', 'give the founders a reason'),
    path: ['reason'],
  })
  .meta({ id: 'ProjectDecisionBody' });
export type ProjectDecisionBody = z.infer<typeof projectDecisionBodySchema>;

export const projectSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(projectStatuses),
    isPublic: z.boolean(),
    role: z.enum(projectRoles),
    countries: z.array(z.string()),
    memberCount: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const myInvitationSchema = z
  .object({
    id: z.uuid(),
    project: z.object({ id: z.uuid(), title: z.string(), status: z.enum(projectStatuses) }),
    inviterName: z.string().nullable(),
    role: z.enum(projectRoles),
    message: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MyInvitation' });
export type MyInvitation = z.infer<typeof myInvitationSchema>;

export const waitingTaskKinds = ['answer_changes', 'complete_draft', 'submit', 'plan_my_part'] as const;

export const myProjectsResponseSchema = z
  .object({
    projects: z.array(projectSummarySchema).describe('Most recently changed first'),
    invitations: z.array(myInvitationSchema),
    waiting: z.array(z.object({ kind: z.enum(waitingTaskKinds), projectId: z.uuid(), title: z.string() })).describe('What waits for me'),
  })
  .meta({ id: 'MyProjects' });
export type MyProjectsResponse = z.infer<typeof myProjectsResponseSchema>;

export const savedProjectSchema = z.object({ version: z.number().int(), updatedAt: z.iso.datetime() }).meta({ id: 'SavedProject' });
export type SavedProject = z.infer<typeof savedProjectSchema>;

export const reviewQueueQuerySchema = z.strictObject({
  country: participatingCountrySchema.optional().describe('For an administrator'),
  after: opaqueToken().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const projectToReviewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    submittedAt: z.iso.datetime(),
    founders: z.array(personSchema),
    countries: z.array(z.object({ countryCode: z.string(), status: z.enum(reviewStatuses) })),
  })
  .meta({ id: 'ProjectToReview' });
export type ProjectToReview = z.infer<typeof projectToReviewSchema>;

export const reviewQueueResponseSchema = z
  .object({
    projects: z.array(projectToReviewSchema).describe('Oldest submission first'),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ProjectReviewQueue' });
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;
