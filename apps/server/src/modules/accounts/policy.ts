import { definePolicy, inState, rule, type Person } from '../../platform/auth/policy.ts';

const validatedTeacher = (person: Person) => person.role === 'teacher' && person.status === 'validated';
const officerOrAdmin = (person: Person) => person.role === 'admin' || person.role === 'nss';

/**
 * Who may do what with accounts, and what a session opens. Deny by default: each rule names who
 * is allowed. A pending or rejected teacher may sign in and edit their own profile, nothing more.
 */
export const accountPolicy = definePolicy({
  editProfile: rule((person) => person.role === 'teacher' || person.role === 'nss' || person.role === 'admin'),
  /** Change the address, delete the account: a pupil's account is in their teacher's hands. */
  manageAccount: rule((person) => person.role !== 'pupil', { refused: "A pupil's account is managed by a teacher of their school" }),
  /** Partners, contacts, ideas, projects. */
  useTeacherTools: rule(validatedTeacher, { refused: 'This opens once your account is validated' }),
  useTwinspaces: rule((person) => person.role === 'pupil' || validatedTeacher(person)),
  requestReview: rule((person) => person.role === 'teacher', {
    when: inState(
      (_none, person) => person.status === 'rejected',
      'account_not_rejected',
      'Only a rejected account can ask for a new review',
    ),
  }),
  validateTeachers: rule(officerOrAdmin),
  /** A country's queue: its officers', and administrators'. */
  validateTeachersOf: rule(
    (person, country: { countryCode: string | null }) =>
      person.role === 'admin' || (person.role === 'nss' && country.countryCode !== null && person.countryCode === country.countryCode),
  ),
  reviewProjects: rule(officerOrAdmin),
  /** Administrators work through any country's queues, naming the country; an officer works for their own. */
  workForAnyCountry: rule((person) => person.role === 'admin'),
  manageOfficers: rule((person) => person.role === 'admin'),
});

/** What the session's person may do, sent with their account: the web app shows its menus and pages from it. */
export const sessionAbilities = [
  'editProfile',
  'manageAccount',
  'useTeacherTools',
  'useTwinspaces',
  'requestReview',
  'validateTeachers',
  'reviewProjects',
  'workForAnyCountry',
  'manageOfficers',
] as const;
