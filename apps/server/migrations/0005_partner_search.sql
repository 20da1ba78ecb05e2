-- Partner search: one row per teacher who may be found (validated, not hidden), kept by triggers
-- from the accounts, profiles and schools it is made of, so that no write path can forget it.
create extension if not exists btree_gin;

alter table teacher_profiles add column hidden_from_search boolean not null default false;

create table partner_search (
  user_id uuid primary key references users (id) on delete cascade,
  name text not null,
  country_code char(2) not null,
  school_name text not null,
  town text not null,
  level text not null,
  subjects text[] not null,
  languages text[] not null,
  age_min smallint,
  age_max smallint,
  looking boolean not null,
  last_active timestamptz not null,
  -- Lower-cased and unaccented: the name alone (for relevance), and everything searchable.
  name_text text not null,
  search_text text not null
);
create index partner_search_text on partner_search using gin (search_text gin_trgm_ops);
create index partner_search_filters on partner_search using gin (country_code, subjects, languages);
create index partner_search_activity on partner_search (last_active desc, user_id desc);

create function refresh_partner_search(target uuid) returns void
  language plpgsql as $$
begin
  delete from partner_search where user_id = target;
  insert into partner_search (user_id, name, country_code, school_name, town, level, subjects, languages,
                              age_min, age_max, looking, last_active, name_text, search_text)
  select u.id, u.name, u.country_code, s.name, s.town, s.level, p.subjects, p.working_languages,
         p.pupil_age_min, p.pupil_age_max, p.looking_for_partners, u.last_active_at,
         search_normalize(u.name),
         search_normalize(u.name || ' ' || s.name || ' ' || s.town || ' ' || p.presentation)
  from users u
  join teacher_profiles p on p.user_id = u.id
  join schools s on s.id = u.school_id
  where u.id = target and u.role = 'teacher' and u.status = 'validated' and not p.hidden_from_search;
end $$;

create function users_refresh_partner_search() returns trigger
  language plpgsql as $$
begin
  -- Activity changes every minute for whoever is signed in: move only that column.
  if tg_op = 'UPDATE' and (new.status, new.name, new.school_id, new.role) is not distinct from (old.status, old.name, old.school_id, old.role) then
    if new.last_active_at is distinct from old.last_active_at then
      update partner_search set last_active = new.last_active_at where user_id = new.id;
    end if;
    return null;
  end if;
  perform refresh_partner_search(new.id);
  return null;
end $$;

create trigger users_partner_search after insert or update on users
  for each row execute function users_refresh_partner_search();

create function profiles_refresh_partner_search() returns trigger
  language plpgsql as $$
begin
  perform refresh_partner_search(new.user_id);
  return null;
end $$;

create trigger profiles_partner_search after insert or update on teacher_profiles
  for each row execute function profiles_refresh_partner_search();

create function schools_refresh_partner_search() returns trigger
  language plpgsql as $$
begin
  perform refresh_partner_search(u.id) from users u where u.school_id = new.id;
  return null;
end $$;

create trigger schools_partner_search after update on schools
  for each row execute function schools_refresh_partner_search();
