-- Projects: drafted by their founders, approved by the NSS of every founding country, then active
-- with a TwinSpace; those their founders make public appear in the gallery.

create table projects (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(title) between 1 and 120),
  summary text not null default '' check (length(summary) <= 600),
  description text not null default '' check (length(description) <= 6000),
  subjects text[] not null default '{}' check (cardinality(subjects) <= 10),
  themes text[] not null default '{}' check (cardinality(themes) <= 5),
  age_min smallint check (age_min between 2 and 25),
  age_max smallint check (age_max between 2 and 25),
  languages text[] not null default '{}' check (cardinality(languages) <= 10),
  starts_on date,
  ends_on date,
  objectives text not null default '' check (length(objectives) <= 3000),
  working_method text not null default '' check (length(working_method) <= 3000),
  activities text not null default '' check (length(activities) <= 3000),
  expected_results text not null default '' check (length(expected_results) <= 3000),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'changes_requested', 'rejected', 'active', 'closed')),
  is_public boolean not null default false,
  -- Raised by every change of the content: a decision names the version its officer read.
  version integer not null default 1,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  approved_at timestamptz,
  search_text text generated always as (search_normalize(title || ' ' || summary || ' ' || description)) stored,
  check (age_min is null or age_max is null or age_min <= age_max),
  check (starts_on is null or ends_on is null or starts_on <= ends_on),
  check ((status in ('active', 'closed')) = (approved_at is not null))
);
-- The gallery: public approved projects, newest approval first, and their words.
create index projects_gallery on projects (approved_at desc, id desc) where is_public and status in ('active', 'closed');
create index projects_gallery_text on projects using gin (search_text gin_trgm_ops) where is_public and status in ('active', 'closed');

-- Founders and member teachers, each with the school they joined with; the schools of the
-- members are the project's partner schools. Each partner states what it can give.
create table project_members (
  project_id uuid not null references projects (id) on delete cascade,
  teacher_id uuid not null references users (id) on delete cascade,
  school_id uuid not null references schools (id),
  country_code char(2) not null references countries (code),
  role text not null check (role in ('founder', 'member')),
  hours_per_week smallint check (hours_per_week between 0 and 40),
  digital_tools text not null default '' check (length(digital_tools) <= 500),
  joined_at timestamptz not null default now(),
  primary key (project_id, teacher_id)
);
create index project_members_teacher on project_members (teacher_id);

create table project_invitations (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references projects (id) on delete cascade,
  invitee_id uuid not null references users (id) on delete cascade,
  inviter_id uuid references users (id) on delete set null,
  role text not null check (role in ('founder', 'member')),
  message text not null default '' check (length(message) <= 500),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
create unique index project_invitations_open on project_invitations (project_id, invitee_id) where status = 'pending';
create index project_invitations_invitee on project_invitations (invitee_id, created_at desc) where status = 'pending';

-- Each founding country's answer to the current submission; a new submission asks them all again.
create table project_country_reviews (
  project_id uuid not null references projects (id) on delete cascade,
  country_code char(2) not null references countries (code),
  status text not null default 'pending' check (status in ('pending', 'approved', 'changes_requested', 'rejected')),
  decided_by uuid references users (id) on delete set null,
  decided_at timestamptz,
  primary key (project_id, country_code)
);
create index project_reviews_queue on project_country_reviews (country_code, project_id) where status = 'pending';

-- Every submission, decision and change of state, kept for ever and shown on the project.
create table project_events (
  id bigint generated always as identity primary key,
  project_id uuid not null references projects (id) on delete cascade,
  kind text not null check (kind in ('created', 'submitted', 'withdrawn', 'approved', 'changes_requested', 'rejected', 'activated', 'closed', 'reopened', 'published', 'unpublished', 'joined')),
  country_code char(2) references countries (code),
  actor_id uuid references users (id) on delete set null,
  reason text check (length(reason) <= 2000),
  created_at timestamptz not null default now()
);
create index project_events_project on project_events (project_id, id);

-- The TwinSpace of an approved project; its pages and materials come with it later.
create table twinspaces (
  project_id uuid primary key references projects (id) on delete cascade,
  created_at timestamptz not null default now()
);

-- What happened that a person should know: shown in the app, and also sent by e-mail.
create table notifications (
  id bigint generated always as identity primary key,
  user_id uuid not null references users (id) on delete cascade,
  kind text not null check (kind in ('invitation', 'invitation_answered', 'country_decision', 'project_approved', 'member_joined', 'project_submitted')),
  project_id uuid references projects (id) on delete cascade,
  detail jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user on notifications (user_id, id desc);
create index notifications_unread on notifications (user_id) where read_at is null;
