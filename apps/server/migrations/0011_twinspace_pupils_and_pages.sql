-- The TwinSpace: pupils (accounts of minors, made by a teacher of their school), their place in
-- projects, and the project's co-written pages.

-- A pupil signs in with a generated username, never an e-mail address.
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('teacher', 'nss', 'admin', 'pupil'));
alter table users alter column email drop not null;
alter table users add column username text check (username ~ '^[a-z0-9.]{3,40}$');
alter table users add column password_must_change boolean not null default false;
alter table users add constraint users_pupil_check
  check ((role = 'pupil') = (username is not null) and (role <> 'pupil' or (email is null and school_id is not null)));
alter table users add constraint users_email_check_present check (role = 'pupil' or email is not null);
create unique index users_username on users (username) where username is not null;

-- Member teachers leave, or founders take them out.
alter table project_events drop constraint project_events_kind_check;
alter table project_events add constraint project_events_kind_check check (kind in (
  'created', 'submitted', 'withdrawn', 'approved', 'changes_requested', 'rejected', 'activated',
  'closed', 'reopened', 'published', 'unpublished', 'joined', 'left', 'removed'));

create table pupils (
  user_id uuid primary key references users (id) on delete cascade,
  first_name text not null check (length(first_name) between 1 and 60),
  last_name text not null default '' check (length(last_name) <= 60),
  school_id uuid not null references schools (id),
  created_by uuid references users (id) on delete set null,
  -- The family agreed to the account: until a teacher records it, the pupil cannot sign in.
  account_consent_on date,
  account_consent_by uuid references users (id) on delete set null,
  -- What the family allows for images showing the pupil: nothing, inside the project, public.
  image_consent text not null default 'none' check (image_consent in ('none', 'project', 'public')),
  image_consent_on date,
  image_consent_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index pupils_school on pupils (school_id, first_name);

create table project_pupils (
  project_id uuid not null references projects (id) on delete cascade,
  pupil_id uuid not null references users (id) on delete cascade,
  added_by uuid references users (id) on delete set null,
  added_at timestamptz not null default now(),
  primary key (project_id, pupil_id)
);
create index project_pupils_pupil on project_pupils (pupil_id);

-- Pages form a tree per project, organised by theme; their text is a Yjs document.
create table twinspace_pages (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references projects (id) on delete cascade,
  parent_id uuid references twinspace_pages (id) on delete cascade,
  title text not null check (length(title) between 1 and 200),
  position integer not null default 0,
  editors text not null default 'everyone' check (editors in ('teachers', 'everyone')),
  visibility text not null default 'members' check (visibility in ('members', 'public')),
  -- The compacted Yjs state; updates since then wait in page_updates.
  document bytea,
  -- The sanitised HTML rendering of the document, for readers, history and public pages.
  html text not null default '',
  -- Who wrote since the last saved version: the next version names them.
  authors_since_version uuid[] not null default '{}',
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now()
);
create index twinspace_pages_tree on twinspace_pages (project_id, parent_id, position);
create index twinspace_pages_recent on twinspace_pages (project_id, updated_at desc);

-- Every edit is written here before it is acknowledged to the writer, so a crash loses nothing;
-- compaction folds them into twinspace_pages.document.
create table page_updates (
  id bigint generated always as identity primary key,
  page_id uuid not null references twinspace_pages (id) on delete cascade,
  update bytea not null,
  user_id uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index page_updates_page on page_updates (page_id, id);

create table page_versions (
  id bigint generated always as identity primary key,
  page_id uuid not null references twinspace_pages (id) on delete cascade,
  document bytea not null,
  html text not null,
  authors uuid[] not null default '{}',
  restored_from bigint references page_versions (id) on delete set null,
  saved_by uuid references users (id) on delete set null,
  saved_at timestamptz not null default now()
);
create index page_versions_page on page_versions (page_id, id desc);

-- Pupils shown in a page (a photo, a video): a public page needs every one's public consent.
create table page_pupils (
  page_id uuid not null references twinspace_pages (id) on delete cascade,
  pupil_id uuid not null references users (id) on delete cascade,
  primary key (page_id, pupil_id)
);
create index page_pupils_pupil on page_pupils (pupil_id);
