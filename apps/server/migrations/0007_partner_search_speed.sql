-- Partner search at a million teachers (figures and plans in docs/ARCHITECTURE.md).
-- Broad searches walk teachers from the most recently active and stop at the counted matches:
-- everything a filter, a facet or the ranking reads is in this index, so the walk never visits
-- the table. Narrow searches collect their matches from the GIN indexes instead.
-- A B-tree entry must fit a third of a page, hence the searchable text is cut at 700 characters:
-- name, school and town come first, then the presentation.
create or replace function refresh_partner_search(target uuid) returns void
  language plpgsql as $$
begin
  delete from partner_search where user_id = target;
  insert into partner_search (user_id, name, country_code, school_name, town, level, subjects, languages,
                              age_min, age_max, looking, last_active, name_text, search_text)
  select u.id, u.name, u.country_code, s.name, s.town, s.level, p.subjects, p.working_languages,
         p.pupil_age_min, p.pupil_age_max, p.looking_for_partners, u.last_active_at,
         search_normalize(u.name),
         left(search_normalize(u.name || ' ' || s.name || ' ' || s.town || ' ' || p.presentation), 700)
  from users u
  join teacher_profiles p on p.user_id = u.id
  join schools s on s.id = u.school_id
  where u.id = target and u.role = 'teacher' and u.status = 'validated' and not p.hidden_from_search;
end $$;

update partner_search set search_text = left(search_text, 700) where length(search_text) > 700;

drop index partner_search_activity;
create index partner_search_recent on partner_search (last_active desc, user_id desc)
  include (country_code, level, age_min, age_max, looking, subjects, languages, name_text, search_text);

drop index partner_search_filters;
create index partner_search_filters on partner_search using gin (country_code, level, subjects, languages);
