import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectStatuses, type ErrorCode, type ProjectStatus } from '@jumelage/contracts';
import { authorize, verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, tableRows, type Person } from '../../test/actors.ts';
import { projectPolicy, type InvitationSubject, type MemberSubject, type ProjectSubject } from './policy.ts';

type Place = ProjectSubject['place'];

/** A project founded in France and Poland, both awaited while it is submitted. */
function project(status: ProjectStatus, place: Place): ProjectSubject {
  const approved = status === 'active' || status === 'closed';
  return { status, approved, place, foundingCountries: ['FR', 'PL'], awaitingCountries: status === 'submitted' ? ['FR', 'PL'] : [] };
}

/** Who asks, and their place in the project. */
const askers = {
  founder: ['teacher', 'founder'],
  member: ['teacher', 'member'],
  invitee: ['teacher', 'invitee'],
  'officer of a founding country': ['officer', undefined],
  admin: ['admin', undefined],
  'founder whose account is pending again': ['pendingTeacher', 'founder'],
  'teacher of another project': ['teacher', undefined],
  'pending teacher': ['pendingTeacher', undefined],
  'rejected teacher': ['rejectedTeacher', undefined],
  'officer of another country': ['officerElsewhere', undefined],
  pupil: ['pupil', undefined],
  anonymous: ['anonymous', undefined],
} satisfies Record<string, [Person, Place]>;
type Asker = keyof typeof askers;

type ProjectAction =
  | 'read'
  | 'edit'
  | 'savePlan'
  | 'submit'
  | 'withdraw'
  | 'inviteFounders'
  | 'inviteMembers'
  | 'withdrawInvitation'
  | 'close'
  | 'reopen'
  | 'publish'
  | 'delete'
  | 'decide'
  | 'openTwinspace';

/** One answer per status, in the order of `projectStatuses` (draft, submitted, changes_requested, rejected, active, closed). */
type Answers = string;
const hidden: Answers = '404 404 404 404 404 404';
const refused: Answers = '403 403 403 403 403 403';
/** Officers never see a draft. */
const officerRefused: Answers = '404 403 403 403 403 403';

/** What everyone not named gets: the strangers never see the project; the officers see what was submitted. */
const unnamed: Record<Asker, Answers> = {
  founder: refused,
  member: refused,
  invitee: refused,
  'officer of a founding country': officerRefused,
  admin: officerRefused,
  'founder whose account is pending again': refused,
  'teacher of another project': hidden,
  'pending teacher': hidden,
  'rejected teacher': hidden,
  'officer of another country': hidden,
  pupil: hidden,
  anonymous: hidden,
};

const table: Record<ProjectAction, Partial<Record<Asker, Answers>>> = {
  read: {
    founder: 'ok ok ok ok ok ok',
    member: 'ok ok ok ok ok ok',
    invitee: 'ok ok ok ok ok ok',
    'officer of a founding country': '404 ok ok ok ok ok',
    admin: '404 ok ok ok ok ok',
    'founder whose account is pending again': 'ok ok ok ok ok ok',
  },
  edit: { founder: 'ok 409 ok 409 ok 409' },
  savePlan: { founder: 'ok 409 ok 409 ok 409', member: 'ok 409 ok 409 ok 409' },
  submit: { founder: 'ok 409 ok 409 409 409' },
  withdraw: { founder: '409 ok 409 409 409 409' },
  inviteFounders: { founder: 'ok 409 ok 409 409 409' },
  inviteMembers: { founder: '409 409 409 409 ok 409' },
  withdrawInvitation: { founder: 'ok ok ok ok ok ok' },
  close: { founder: '409 409 409 409 ok 409' },
  reopen: { founder: '409 409 409 409 409 ok' },
  publish: { founder: 'ok ok ok 409 ok ok' },
  delete: { founder: 'ok 409 409 409 409 409' },
  decide: { 'officer of a founding country': '404 ok 409 409 409 409', admin: '404 ok 409 409 409 409' },
  openTwinspace: { founder: '409 409 409 409 ok ok', member: '409 409 409 409 ok ok' },
};

describe('project policy', () => {
  it('answers every action, for every place and every status', () => {
    assertVerdicts(
      tableRows(table, unnamed, projectStatuses, (action, asker, status) =>
        verdict(projectPolicy, people[askers[asker][0]], action, project(status, askers[asker][1])),
      ),
    );
  });

  it('keeps a draft that was once approved, and lets a country decide once', () => {
    const { teacher, officer, admin } = people;
    const answered = { ...project('submitted', undefined), awaitingCountries: ['PL'] };
    assertVerdicts([
      [
        'founder deletes a draft once approved',
        409,
        () => verdict(projectPolicy, teacher, 'delete', { ...project('draft', 'founder'), approved: true }),
      ],
      ['an officer whose country answered decides again', 409, () => verdict(projectPolicy, officer, 'decide', answered)],
      ['an admin decides for a country still awaited', 'ok', () => verdict(projectPolicy, admin, 'decide', answered)],
      ['anyone reads a project that does not exist', 404, () => verdict(projectPolicy, teacher, 'read', undefined)],
    ]);
  });

  it('opens projects and the review queue by role', () => {
    const rows = (
      [
        ['teacher', 'ok', 403, 403],
        ['pendingTeacher', 403, 403, 403],
        ['rejectedTeacher', 403, 403, 403],
        ['officer', 403, 'ok', 403],
        ['officerElsewhere', 403, 403, 'ok'],
        ['admin', 403, 'ok', 'ok'],
        ['pupil', 403, 403, 403],
        ['anonymous', 401, 401, 401],
      ] as const
    ).flatMap(([person, create, reviewFR, reviewDE]) => [
      [`${person} creates and lists projects`, create, () => verdict(projectPolicy, people[person], 'create')] as const,
      [`${person} lists their projects`, create, () => verdict(projectPolicy, people[person], 'listMine')] as const,
      [`${person} reviews for France`, reviewFR, () => verdict(projectPolicy, people[person], 'review', { countryCode: 'FR' })] as const,
      [`${person} reviews for Germany`, reviewDE, () => verdict(projectPolicy, people[person], 'review', { countryCode: 'DE' })] as const,
    ]);
    assertVerdicts(rows);
  });

  it('lets only the invitee answer, while the invitation is pending and the project still takes the role', () => {
    const invitation = (values: Partial<InvitationSubject>): InvitationSubject => ({
      inviteeId: 'teacher',
      role: 'founder',
      status: 'pending',
      projectStatus: 'draft',
      ...values,
    });
    const { teacher, pendingTeacher, officer } = people;
    assertVerdicts([
      ['the invitee accepts', 'ok', () => verdict(projectPolicy, teacher, 'acceptInvitation', invitation({}))],
      ['the invitee declines', 'ok', () => verdict(projectPolicy, teacher, 'declineInvitation', invitation({}))],
      [
        'the invitee accepts to co-found a submitted project',
        409,
        () => verdict(projectPolicy, teacher, 'acceptInvitation', invitation({ projectStatus: 'submitted' })),
      ],
      [
        'the invitee declines to co-found a submitted project',
        'ok',
        () => verdict(projectPolicy, teacher, 'declineInvitation', invitation({ projectStatus: 'submitted' })),
      ],
      [
        'the invitee accepts to join an active project',
        'ok',
        () => verdict(projectPolicy, teacher, 'acceptInvitation', invitation({ role: 'member', projectStatus: 'active' })),
      ],
      [
        'the invitee accepts to join a closed project',
        409,
        () => verdict(projectPolicy, teacher, 'acceptInvitation', invitation({ role: 'member', projectStatus: 'closed' })),
      ],
      ['the invitee answers again', 409, () => verdict(projectPolicy, teacher, 'declineInvitation', invitation({ status: 'accepted' }))],
      [
        'the invitee answers a withdrawn invitation',
        409,
        () => verdict(projectPolicy, teacher, 'acceptInvitation', invitation({ status: 'withdrawn' })),
      ],
      [
        'the invitee, pending again, accepts',
        403,
        () => verdict(projectPolicy, pendingTeacher, 'acceptInvitation', invitation({ inviteeId: 'pending teacher' })),
      ],
      [
        'another teacher answers',
        404,
        () => verdict(projectPolicy, people.teacher, 'acceptInvitation', invitation({ inviteeId: 'someone else' })),
      ],
      ['an officer answers', 404, () => verdict(projectPolicy, officer, 'declineInvitation', invitation({}))],
      ['anyone answers an invitation that does not exist', 404, () => verdict(projectPolicy, teacher, 'acceptInvitation', undefined)],
    ]);
  });

  it('lets founders take members out and members leave; founders stay', () => {
    const membership = (place: Place, target: MemberSubject['target']): MemberSubject => ({ ...project('active', place), target });
    const other = (role: MemberSubject['target']['role']) => ({ userId: 'other teacher', role });
    const self = (role: MemberSubject['target']['role']) => ({ userId: 'teacher', role });
    const { teacher, officer, officerElsewhere } = people;
    assertVerdicts([
      ['a founder takes a member out', 'ok', () => verdict(projectPolicy, teacher, 'removeMember', membership('founder', other('member')))],
      [
        'a founder takes a founder out',
        409,
        () => verdict(projectPolicy, teacher, 'removeMember', membership('founder', other('founder'))),
      ],
      ['a founder leaves', 409, () => verdict(projectPolicy, teacher, 'removeMember', membership('founder', self('founder')))],
      ['a member leaves', 'ok', () => verdict(projectPolicy, teacher, 'removeMember', membership('member', self('member')))],
      [
        'a member takes another member out',
        403,
        () => verdict(projectPolicy, teacher, 'removeMember', membership('member', other('member'))),
      ],
      [
        'a founder takes out someone not in the project',
        404,
        () => verdict(projectPolicy, teacher, 'removeMember', membership('founder', other(undefined))),
      ],
      [
        'a teacher of another project takes a member out',
        404,
        () => verdict(projectPolicy, teacher, 'removeMember', membership(undefined, other('member'))),
      ],
      [
        'an officer of a founding country takes a member out',
        403,
        () => verdict(projectPolicy, officer, 'removeMember', membership(undefined, other('member'))),
      ],
      [
        'an officer of another country takes a member out',
        404,
        () => verdict(projectPolicy, officerElsewhere, 'removeMember', membership(undefined, other('member'))),
      ],
    ]);
  });

  it('says what stands in the way when the state refuses', () => {
    const { teacher, officer } = people;
    const invitation = (values: Partial<InvitationSubject>): InvitationSubject => ({
      inviteeId: 'teacher',
      role: 'founder',
      status: 'pending',
      projectStatus: 'draft',
      ...values,
    });
    const founderOf = (status: ProjectStatus) => project(status, 'founder');
    const cases: Array<[ErrorCode, () => void]> = [
      ['project_not_editable_now', () => authorize(projectPolicy, teacher, 'edit', founderOf('submitted'))],
      ['project_status_changed', () => authorize(projectPolicy, teacher, 'submit', founderOf('submitted'))],
      ['project_status_changed', () => authorize(projectPolicy, teacher, 'close', founderOf('closed'))],
      ['invitation_not_possible_now', () => authorize(projectPolicy, teacher, 'inviteFounders', founderOf('active'))],
      [
        'review_already_decided',
        () => authorize(projectPolicy, officer, 'decide', { ...project('submitted', undefined), awaitingCountries: ['PL'] }),
      ],
      [
        'invitation_already_answered',
        () => authorize(projectPolicy, teacher, 'acceptInvitation', invitation({ status: 'withdrawn', projectStatus: 'submitted' })),
      ],
      [
        'invitation_no_longer_valid',
        () => authorize(projectPolicy, teacher, 'acceptInvitation', invitation({ projectStatus: 'submitted' })),
      ],
      ['twinspace_not_open', () => authorize(projectPolicy, teacher, 'openTwinspace', founderOf('draft'))],
      [
        'founder_cannot_leave',
        () => authorize(projectPolicy, teacher, 'removeMember', { ...founderOf('active'), target: { userId: 'teacher', role: 'founder' } }),
      ],
    ];
    for (const [code, refuse] of cases) assert.throws(refuse, { code, status: 409 });
  });
});
