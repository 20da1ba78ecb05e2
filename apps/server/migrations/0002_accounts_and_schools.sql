-- Accounts, schools, sessions and the mail outbox.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is not immutable, so it cannot be used in an index; this wrapper can, and queries
-- must call the same wrapper for the index to be used.
create function immutable_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create function search_normalize(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(immutable_unaccent($1)) $$;

-- Regions of a country that has them in the platform (France's académies for now).
create table regions (
  id text primary key check (id ~ '^[A-Z]{2}-[A-Z0-9-]+$'),
  country_code char(2) not null references countries (code),
  name text not null
);
create index regions_country on regions (country_code);

create table regional_correspondents (
  id uuid primary key default gen_random_uuid(),
  region_id text not null references regions (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  email text not null check (length(email) between 3 and 254),
  created_at timestamptz not null default now()
);
create index regional_correspondents_region on regional_correspondents (region_id);

insert into regions (id, country_code, name) values
  ('FR-AIX-MARSEILLE', 'FR', 'Aix-Marseille'), ('FR-AMIENS', 'FR', 'Amiens'),
  ('FR-BESANCON', 'FR', 'Besançon'), ('FR-BORDEAUX', 'FR', 'Bordeaux'),
  ('FR-CLERMONT-FERRAND', 'FR', 'Clermont-Ferrand'), ('FR-CORSE', 'FR', 'Corse'),
  ('FR-CRETEIL', 'FR', 'Créteil'), ('FR-DIJON', 'FR', 'Dijon'), ('FR-GRENOBLE', 'FR', 'Grenoble'),
  ('FR-GUADELOUPE', 'FR', 'Guadeloupe'), ('FR-GUYANE', 'FR', 'Guyane'),
  ('FR-LA-REUNION', 'FR', 'La Réunion'), ('FR-LILLE', 'FR', 'Lille'), ('FR-LIMOGES', 'FR', 'Limoges'),
  ('FR-LYON', 'FR', 'Lyon'), ('FR-MARTINIQUE', 'FR', 'Martinique'), ('FR-MAYOTTE', 'FR', 'Mayotte'),
  ('FR-MONTPELLIER', 'FR', 'Montpellier'), ('FR-NANCY-METZ', 'FR', 'Nancy-Metz'),
  ('FR-NANTES', 'FR', 'Nantes'), ('FR-NICE', 'FR', 'Nice'), ('FR-NORMANDIE', 'FR', 'Normandie'),
  ('FR-ORLEANS-TOURS', 'FR', 'Orléans-Tours'), ('FR-PARIS', 'FR', 'Paris'),
  ('FR-POITIERS', 'FR', 'Poitiers'), ('FR-REIMS', 'FR', 'Reims'), ('FR-RENNES', 'FR', 'Rennes'),
  ('FR-STRASBOURG', 'FR', 'Strasbourg'), ('FR-TOULOUSE', 'FR', 'Toulouse'),
  ('FR-VERSAILLES', 'FR', 'Versailles');

create table schools (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 2 and 200),
  country_code char(2) not null references countries (code),
  region_id text references regions (id),
  town text not null check (length(town) between 1 and 120),
  level text not null check (level in ('primary', 'lower_secondary', 'upper_secondary', 'vocational', 'other')),
  search_text text generated always as (search_normalize(name || ' ' || town)) stored,
  created_at timestamptz not null default now()
);
create index schools_country on schools (country_code);
create index schools_search on schools using gin (search_text gin_trgm_ops);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (length(email) between 3 and 254),
  password_hash text not null,
  name text not null check (length(name) between 1 and 120),
  role text not null check (role in ('teacher', 'nss', 'admin')),
  staff_role text check (staff_role in ('teacher', 'librarian', 'head', 'inspector')),
  country_code char(2) references countries (code),
  school_id uuid references schools (id),
  -- Teachers wait for their country's NSS; officers and admins are created validated.
  status text not null check (status in ('pending', 'validated', 'rejected')),
  decision_reason text,
  decided_by uuid references users (id) on delete set null,
  decided_at timestamptz,
  email_confirmed_at timestamptz,
  language text not null default 'en',
  created_at timestamptz not null default now(),
  last_active_at timestamptz not null default now(),
  check (role <> 'teacher' or (staff_role is not null and country_code is not null and school_id is not null)),
  check (role <> 'nss' or country_code is not null)
);
create unique index users_email on users (lower(email));
create index users_validation_queue on users (country_code, created_at) where status = 'pending' and email_confirmed_at is not null;
create index users_school on users (school_id);

create table teacher_profiles (
  user_id uuid primary key references users (id) on delete cascade,
  subjects text[] not null default '{}',
  pupil_age_min smallint check (pupil_age_min between 2 and 25),
  pupil_age_max smallint check (pupil_age_max between 2 and 25),
  working_languages text[] not null default '{}',
  presentation text not null default '' check (length(presentation) <= 2000),
  looking_for_partners boolean not null default false,
  updated_at timestamptz not null default now(),
  check (pupil_age_min is null or pupil_age_max is null or pupil_age_min <= pupil_age_max)
);

-- The browser holds a random token; only its SHA-256 is stored, so a leaked table opens no session.
create table sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  user_agent text not null default '',
  ip text not null default '',
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Single-use links sent by e-mail: confirm an address, reset a password.
create table account_tokens (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('confirm_email', 'reset_password')),
  email text not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index account_tokens_user on account_tokens (user_id, purpose);

-- Failed log-ins, counted per account and per address over a sliding window; shared by every process.
create table login_failures (
  id bigint generated always as identity primary key,
  email text not null,
  ip text not null,
  failed_at timestamptz not null default now()
);
create index login_failures_email on login_failures (email, failed_at);
create index login_failures_ip on login_failures (ip, failed_at);

-- Every e-mail is written here in the transaction that causes it, then delivered over SMTP when
-- SMTP_URL is set (any process may deliver; rows are claimed with SKIP LOCKED).
create table outbox_mails (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  subject text not null,
  text_body text not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz,
  last_error text
);
create index outbox_mails_pending on outbox_mails (next_attempt_at) where sent_at is null;
create index outbox_mails_recent on outbox_mails (created_at desc);
