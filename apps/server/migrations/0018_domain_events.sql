-- Domain events: what changed, written in the transaction of the change and handled after it
-- commits (notifications, mails, messages between processes, the audit), at least once.
create table domain_events (
  id bigint generated always as identity primary key,
  type text not null,
  actor_id uuid,
  subject_type text not null,
  subject_id text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  -- The handlers that are done with it: a retry runs only the others.
  handled_by text[] not null default '{}',
  handled_at timestamptz,
  last_error text
);
create index domain_events_due on domain_events (next_attempt_at) where handled_at is null;

-- A notification is about a subject of any domain and links to a page of the app, instead of
-- naming a project: a new domain notifies without a column of its own. Project rows keep their
-- link; the pupil card notices had none.
alter table notifications add column subject_type text, add column subject_id text, add column path text;
update notifications set subject_type = 'project', subject_id = project_id::text, path = '/projects/' || project_id::text where project_id is not null;
update notifications set subject_type = 'pupil' where project_id is null;
alter table notifications alter column subject_type set not null;
alter table notifications drop column project_id;
-- The kinds are declared by the modules that send them (DomainModule.notifications).
alter table notifications drop constraint notifications_kind_check;
create index notifications_subject on notifications (subject_type, subject_id);

-- The audit: who did what to what, and when, one entry per domain event (written by its handler,
-- so once whichever process handles it). Ids and the event's type only: no text a person wrote.
-- No foreign key: an entry outlives the account or row it names.
create table audit_entries (
  event_id bigint primary key,
  actor_id uuid,
  action text not null,
  subject_type text not null,
  subject_id text not null,
  occurred_at timestamptz not null
);
create index audit_entries_recent on audit_entries (occurred_at desc, event_id desc);
