import { z } from 'zod';
import { projectStatuses } from '../projects/projects.ts';
import { imageConsents } from '../pupils/pupils.ts';

/** A person's place in a TwinSpace: founders and member teachers administer it; pupils work in it. */
export const twinspaceRoles = ['founder', 'member', 'pupil'] as const;
export type TwinspaceRole = (typeof twinspaceRoles)[number];

/**
 * A pupil as other members see them: first name and school. The last name is given only to
 * teachers of the pupil's own school.
 */
export const memberPupilSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    imageConsent: z.enum(imageConsents).nullable().describe('Teachers only'),
  })
  .meta({ id: 'MemberPupil' });
export type MemberPupil = z.infer<typeof memberPupilSchema>;

export const twinspaceSchoolSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    town: z.string(),
    countryCode: z.string(),
    teachers: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        role: z.enum(['founder', 'member']),
        can: z.object({ remove: z.boolean().describe('Take them out of the project; for myself, leave it') }),
      }),
    ),
    pupils: z.array(memberPupilSchema),
  })
  .meta({ id: 'TwinspaceSchool' });
export type TwinspaceSchool = z.infer<typeof twinspaceSchoolSchema>;

export const attentionKinds = ['pupils_without_account_consent', 'pupils_without_image_consent', 'pupils_to_add', 'first_page'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export const changeKinds = ['page_created', 'page_edited', 'teacher_joined', 'pupils_joined', 'materials_added'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const twinspaceHomeSchema = z
  .object({
    project: z.object({ id: z.uuid(), title: z.string(), status: z.enum(projectStatuses) }),
    me: z.object({
      role: z.enum(twinspaceRoles),
      schoolId: z.uuid(),
      can: z.object({
        write: z.boolean().describe('The project is active: pages and materials may change'),
        administer: z.boolean().describe('Founders and member teachers'),
        managePupils: z.boolean().describe('Add and look after the pupils of my school'),
      }),
    }),
    schools: z.array(twinspaceSchoolSchema),
    attention: z.array(z.object({ kind: z.enum(attentionKinds), count: z.number().int() })),
    latestChanges: z
      .array(
        z.object({
          kind: z.enum(changeKinds),
          pageId: z.uuid().nullable().describe('The page, for page changes'),
          title: z
            .string()
            .nullable()
            .describe("The page's title; the album's for materials (null outside an album); null for people joining"),
          by: z.string().nullable().describe("A teacher's name or a pupil's first name; null once the account is gone"),
          count: z
            .number()
            .int()
            .nullable()
            .describe('How many pupils or materials were added together (by one person, within an hour, in one album)'),
          at: z.iso.datetime(),
        }),
      )
      .describe('Newest first, at most 15'),
  })
  .meta({ id: 'TwinspaceHome' });
export type TwinspaceHome = z.infer<typeof twinspaceHomeSchema>;

export const myTwinspacesSchema = z
  .object({
    twinspaces: z.array(
      z.object({ projectId: z.uuid(), title: z.string(), status: z.enum(projectStatuses), role: z.enum(twinspaceRoles) }),
    ),
  })
  .meta({ id: 'MyTwinspaces' });
export type MyTwinspaces = z.infer<typeof myTwinspacesSchema>;
