-- Partner search at a million teachers (figures and plans in docs/ARCHITECTURE.md).
-- Broad searches walk teachers from the most recently active and stop at the counted matches:
-- everything a filter, a facet or the ranking reads is in this index, so the walk never visits
-- the table. Narrow searches collect their matches from the GIN indexes instead.
-- The searchable text gains the titles of the teacher's open project ideas. A B-tree entry must
-- fit in 2,704 bytes, hence the texts it includes are cut by bytes (a character takes one to four):
-- name, school, town and idea titles come first, then the presentation.
create function cut_to_bytes(value text, max_bytes int) returns text
  language plpgsql immutable as $$
declare
  cut text := value;
begin
  while octet_length(cut) > max_bytes loop
    -- Each character is at most four bytes: dropping a quarter of the excess never overshoots.
    cut := left(cut, length(cut) - greatest(1, (octet_length(cut) - max_bytes) / 4));
  end loop;
  return cut;
end $$;

-- What the search table holds for each teacher who may be found, in one place for the triggers
-- and for bulk loads.
create view partner_search_rows as
  select u.id as user_id, u.name, u.country_code, s.name as school_name, s.town, s.level, p.subjects,
         p.working_languages as languages, p.pupil_age_min as age_min, p.pupil_age_max as age_max,
         p.looking_for_partners as looking, u.last_active_at as last_active,
         cut_to_bytes(search_normalize(u.name), 300) as name_text,
         cut_to_bytes(search_normalize(concat_ws(' ', u.name, s.name, s.town,
           (select string_agg(i.title, ' ' order by i.created_at desc) from project_ideas i where i.author_id = u.id and i.status = 'open'),
           p.presentation)), 1500) as search_text
  from users u
  join teacher_profiles p on p.user_id = u.id
  join schools s on s.id = u.school_id
  where u.role = 'teacher' and u.status = 'validated' and not p.hidden_from_search;

create or replace function refresh_partner_search(target uuid) returns void
  language plpgsql as $$
begin
  -- An upsert, not delete-then-insert: two refreshes of one teacher at once must not collide.
  insert into partner_search (user_id, name, country_code, school_name, town, level, subjects, languages,
                              age_min, age_max, looking, last_active, name_text, search_text)
  select user_id, name, country_code, school_name, town, level, subjects, languages,
         age_min, age_max, looking, last_active, name_text, search_text
  from partner_search_rows where user_id = target
  on conflict (user_id) do update set
    name = excluded.name, country_code = excluded.country_code, school_name = excluded.school_name,
    town = excluded.town, level = excluded.level, subjects = excluded.subjects, languages = excluded.languages,
    age_min = excluded.age_min, age_max = excluded.age_max, looking = excluded.looking,
    last_active = excluded.last_active, name_text = excluded.name_text, search_text = excluded.search_text;
  if not found then
    delete from partner_search where user_id = target;
  end if;
end $$;

update partner_search set search_text = cut_to_bytes(search_text, 1500), name_text = cut_to_bytes(name_text, 300)
  where octet_length(search_text) > 1500 or octet_length(name_text) > 300;

create function ideas_refresh_partner_search() returns trigger
  language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform refresh_partner_search(old.author_id);
  elsif tg_op = 'INSERT' or (new.title, new.status) is distinct from (old.title, old.status) then
    perform refresh_partner_search(new.author_id);
  end if;
  return null;
end $$;

create trigger ideas_partner_search after insert or update or delete on project_ideas
  for each row execute function ideas_refresh_partner_search();

drop index partner_search_activity;
create index partner_search_recent on partner_search (last_active desc, user_id desc)
  include (country_code, level, age_min, age_max, looking, subjects, languages, name_text, search_text);

drop index partner_search_filters;
create index partner_search_filters on partner_search using gin (country_code, level, subjects, languages);
