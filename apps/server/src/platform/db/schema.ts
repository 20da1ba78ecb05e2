import type { Generated } from 'kysely';
import type { AccountTokensTable, LoginFailuresTable, TeacherProfilesTable, UsersTable } from '../../modules/accounts/tables.ts';
import type { CountriesTable } from '../../modules/countries/tables.ts';
import type { IdeaInterestsTable, ProjectIdeasTable } from '../../modules/ideas/tables.ts';
import type { NotificationsTable } from '../../modules/notifications/tables.ts';
import type { BlocksTable, ContactRequestsTable, PartnerSearchTable } from '../../modules/partners/tables.ts';
import type { ProjectCountryReviewsTable, ProjectEventsTable, ProjectInvitationsTable, ProjectMembersTable, ProjectsTable, TwinspacesTable } from '../../modules/projects/tables.ts';
import type { RegionalCorrespondentsTable, RegionsTable, SchoolsTable } from '../../modules/schools/tables.ts';
import type { SessionsTable } from '../auth/tables.ts';
import type { OutboxMailsTable } from '../mail/tables.ts';

/** Every table the server's queries may name, assembled from each module's own tables. */
export type Schema = {
  schema_migrations: {
    version: number;
    name: string;
    checksum: string;
    applied_at: Generated<Date>;
  };
  countries: CountriesTable;
  regions: RegionsTable;
  regional_correspondents: RegionalCorrespondentsTable;
  schools: SchoolsTable;
  users: UsersTable;
  teacher_profiles: TeacherProfilesTable;
  sessions: SessionsTable;
  account_tokens: AccountTokensTable;
  login_failures: LoginFailuresTable;
  outbox_mails: OutboxMailsTable;
  partner_search: PartnerSearchTable;
  contact_requests: ContactRequestsTable;
  blocks: BlocksTable;
  project_ideas: ProjectIdeasTable;
  idea_interests: IdeaInterestsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  project_invitations: ProjectInvitationsTable;
  project_country_reviews: ProjectCountryReviewsTable;
  project_events: ProjectEventsTable;
  twinspaces: TwinspacesTable;
  notifications: NotificationsTable;
  rate_limit_hits: { id: Generated<number>; bucket: string; key: string; hit_at: Generated<Date> };
};
