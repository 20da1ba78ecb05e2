-- The partner-finding forum: a teacher posts a project idea, others answer with an expression of
-- interest that reaches the author. Periods are months, stored as their first day.
create table project_ideas (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references users (id) on delete cascade,
  title text not null check (length(title) between 1 and 120),
  description text not null check (length(description) between 1 and 3000),
  subjects text[] not null check (cardinality(subjects) between 1 and 10),
  age_min smallint not null,
  age_max smallint not null,
  languages text[] not null check (cardinality(languages) between 1 and 10),
  -- Empty: any country may answer.
  countries_wanted char(2)[] not null default '{}',
  starts_on date not null check (extract(day from starts_on) = 1),
  ends_on date not null check (extract(day from ends_on) = 1),
  status text not null default 'open' check (status in ('open', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search_text text generated always as (search_normalize(title || ' ' || description)) stored,
  check (age_min <= age_max),
  check (starts_on <= ends_on)
);
create index project_ideas_text on project_ideas using gin (search_text gin_trgm_ops);
create index project_ideas_filters on project_ideas using gin (subjects, languages);
create index project_ideas_newest on project_ideas (created_at desc, id desc) where status = 'open';
create index project_ideas_author on project_ideas (author_id, created_at desc);

create table idea_interests (
  idea_id uuid not null references project_ideas (id) on delete cascade,
  teacher_id uuid not null references users (id) on delete cascade,
  message text not null check (length(message) between 1 and 1000),
  created_at timestamptz not null default now(),
  primary key (idea_id, teacher_id)
);
create index idea_interests_teacher on idea_interests (teacher_id);
